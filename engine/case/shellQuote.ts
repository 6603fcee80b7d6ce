/**
 * Quotes one argument for a POSIX shell. Plain single quotes when the text has no control
 * characters (the common case, valid in every POSIX shell); otherwise `$'...'` (standard since
 * POSIX.1-2024, and in bash, zsh and ksh) so the curl line stays on ONE line.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;

export function shellQuote(arg: string): string {
  if (!CONTROL.test(arg)) return `'${arg.replace(/'/g, `'\\''`)}'`;
  let out = "$'";
  for (const ch of arg) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    // NUL cannot travel in an argv string at all; shown as \x00 (the shell truncates there).
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}'`;
}
