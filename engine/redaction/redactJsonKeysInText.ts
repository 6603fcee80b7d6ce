/**
 * Redacts the values of secret-keyed members inside JSON text, without parsing it: raw request
 * bodies are often malformed on purpose, and re-serialising would lose duplicate keys and
 * formatting that a counterexample must keep. Also handles JSON carried inside JSON strings
 * (`{\"otp\":\"123456\"}`, nested up to three levels), and the object-literal forms a malformed
 * body takes (`{'otp':'123456'}`, `{otp:"123456"}`). Objects and arrays under a secret key are
 * replaced whole; unterminated values are hidden to the end of the text.
 */
import type { SecretKeyTest } from './secretKeyTest.ts';

// A quoted name followed by a colon; the backslashes before the closing quote give the nesting level.
const KEY = /"([^"\\\r\n]{1,200})(\\{0,7})"\s*:\s*/g;
// A single-quoted or bare key right after `{` or `,` (an object literal, not JSON).
const LOOSE_KEY = /[{,][ \t\r\n]*(?:'([^'\\\r\n]{1,200})'|([A-Za-z_$][A-Za-z0-9_$-]{0,199}))[ \t\r\n]*:[ \t\r\n]*/g;
// What may follow a value: a member or element separator, a closing bracket, or the end.
const SEPARATOR = /[ \t\r\n]*(?:[,}\]]|$)/y;
// A bare JSON literal (number, true, null...), matched in place (sticky) to avoid slicing.
const LITERAL = /[^,}\]\s\\]*/y;

function backslashesBefore(text: string, index: number): number {
  let k = 0;
  while (index - k - 1 >= 0 && text[index - k - 1] === '\\') k++;
  return k;
}

/**
 * At nesting level L a string delimiter is a quote preceded by 2^L − 1 backslashes, plus any
 * number of escaped backslashes (2^(L+1) each); every other quote is content of a deeper string.
 */
function isDelimiter(text: string, quote: number, level: number): boolean {
  const k = backslashesBefore(text, quote);
  return k % 2 ** (level + 1) === 2 ** level - 1;
}

/** The level a quote delimits at: the number of trailing one-bits of its backslash run. */
function levelOf(text: string, quote: number): number {
  let k = backslashesBefore(text, quote);
  let level = 0;
  while (k % 2 === 1) {
    level++;
    k = (k - 1) / 2;
  }
  return level;
}

/** Index just past the closing delimiter of a string whose opening quote is at `quote`. */
function endOfString(text: string, quote: number, level: number): number {
  for (let i = text.indexOf('"', quote + 1); i >= 0; i = text.indexOf('"', i + 1)) if (isDelimiter(text, i, level)) return i + 1;
  return text.length;
}

/** Index just past the closing `'` of a single-quoted string opening at `quote`; unterminated → end of text. */
function endOfSingleQuoted(text: string, quote: number): number {
  for (let i = text.indexOf("'", quote + 1); i >= 0; i = text.indexOf("'", i + 1)) if (backslashesBefore(text, i) % 2 === 0) return i + 1;
  return text.length;
}

/**
 * Index just past a balanced object/array starting at `start`; unbalanced → end of text. Strings
 * at `level` are skipped, and single-quoted ones too in object-literal text (`singleQuotes`).
 */
function endOfContainer(text: string, start: number, level: number, singleQuotes = false): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      if (--depth === 0) return i + 1;
    } else if (ch === '"' && isDelimiter(text, i, level)) i = endOfString(text, i, level) - 1;
    else if (ch === "'" && singleQuotes) i = endOfSingleQuoted(text, i) - 1;
  }
  return text.length;
}

/**
 * Members of an object literal whose key is single-quoted or bare, right after `{` or `,`: the
 * forms of a JSON body broken on purpose (single quotes, unquoted keys), which JSON's `"key":`
 * pattern does not see. Values may be single- or double-quoted, containers or literals.
 */
function redactLooseKeys(text: string, marker: string, isSecretKey: SecretKeyTest): string {
  let out = '';
  let copied = 0;
  LOOSE_KEY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LOOSE_KEY.exec(text)) !== null) {
    if (!isSecretKey(m[1] ?? m[2] ?? '')) {
      // The key may end where the next member begins (`{a:{otp:…`): retry just after the separator.
      LOOSE_KEY.lastIndex = m.index + 1;
      continue;
    }
    const valueStart = m.index + m[0].length;
    const ch = text[valueStart];
    let valueEnd: number;
    let replacement: string;
    if (ch === "'" || ch === '"') {
      valueEnd = ch === "'" ? endOfSingleQuoted(text, valueStart) : endOfString(text, valueStart, 0);
      replacement = valueEnd === valueStart + 2 ? text.slice(valueStart, valueEnd) : `${ch}${marker}${ch}`;
    } else if (ch === '{' || ch === '[') {
      valueEnd = endOfContainer(text, valueStart, 0, true);
      // A value ends at a separator; anything else means a key with a bracket in it (`{otp:{}#:…`,
      // quotes stripped) closed the container too early: hide the rest of the text.
      SEPARATOR.lastIndex = valueEnd;
      if (!SEPARATOR.test(text)) valueEnd = text.length;
      replacement = `"${marker}"`;
    } else {
      LITERAL.lastIndex = valueStart;
      const literal = LITERAL.exec(text)?.[0] ?? '';
      valueEnd = valueStart + literal.length;
      replacement = literal === '' || /^(null|true|false)$/.test(literal) ? literal : `"${marker}"`;
    }
    out += text.slice(copied, valueStart) + replacement;
    copied = valueEnd;
    LOOSE_KEY.lastIndex = valueEnd;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

export function redactJsonKeysInText(text: string, marker: string, isSecretKey: SecretKeyTest): string {
  if (text.includes("'") || /[{,]\s*[A-Za-z_$]/.test(text)) text = redactLooseKeys(text, marker, isSecretKey);
  if (!text.includes('"')) return text;
  let out = '';
  let copied = 0;
  KEY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = KEY.exec(text)) !== null) {
    const level = levelOf(text, m.index);
    const esc = '\\'.repeat(2 ** level - 1);
    if (level > 3 || (m[2] ?? '') !== esc || !isSecretKey(m[1] ?? '')) {
      // Not a key at a consistent level: retry from just after this quote (it may close a string).
      KEY.lastIndex = m.index + 1;
      continue;
    }
    const valueStart = m.index + m[0].length;
    let valueEnd: number;
    let replacement: string;
    const ch = text[valueStart];
    if (text.startsWith(`${esc}"`, valueStart)) {
      valueEnd = endOfString(text, valueStart + esc.length, level);
      // An empty string cannot leak anything and tells the reader the field was sent empty.
      const empty = valueEnd === valueStart + 2 * esc.length + 2;
      replacement = empty ? text.slice(valueStart, valueEnd) : `${esc}"${marker}${esc}"`;
    } else if (ch === '{' || ch === '[') {
      valueEnd = endOfContainer(text, valueStart, level);
      replacement = `${esc}"${marker}${esc}"`;
    } else {
      LITERAL.lastIndex = valueStart;
      const literal = LITERAL.exec(text)?.[0] ?? '';
      valueEnd = valueStart + literal.length;
      replacement = literal === '' || /^(null|true|false)$/.test(literal) ? literal : `${esc}"${marker}${esc}"`;
    }
    out += text.slice(copied, valueStart) + replacement;
    copied = valueEnd;
    KEY.lastIndex = valueEnd;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
