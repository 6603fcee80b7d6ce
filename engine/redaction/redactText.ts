/**
 * The text passes of the redactor, in order: configured secret values (every encoded form),
 * secret-keyed JSON members, secret-named query/form parameters, secret-named header lines,
 * and `Bearer <token>`. Every pass maps the marker to itself, so redaction is idempotent.
 */
import type { SecretKeyTest } from './secretKeyTest.ts';
import { redactJsonKeysInText } from './redactJsonKeysInText.ts';

// `name=value` in a URL, form body or curl line; the name must follow a separator.
const PARAM = /(^|[?&\s'"])([^=&?#\s'"]{1,100})=([^&#\s'"]*)/g;
// `Name: value` at a line start or right after a quote (curl's `-H 'Name: value'`).
const HEADER_LINE = /(^|[\r\n'"])([A-Za-z0-9-]{2,100})([ \t]*:[ \t]*)([^\r\n'"]*)/g;
const BEARER = /\b(Bearer)(\s+)([^\s'",;]+)/gi;

export interface TextRedactionPlan {
  readonly marker: string;
  /** Precompiled alternation of every form of every configured secret, or none. */
  readonly secretPattern: RegExp | undefined;
  readonly isSecretKey: SecretKeyTest;
}

function redactSecretValues(text: string, plan: TextRedactionPlan): string {
  const pattern = plan.secretPattern;
  if (pattern === undefined) return text;
  pattern.lastIndex = 0;
  return text.replace(pattern, plan.marker);
}

/** Keeps the scheme word (`Bearer`, `Basic`, a wrong scheme in a negative case) and hides the credential. */
export function redactAuthorizationValue(value: string, marker: string): string {
  // A bare scheme word (a "scheme without credential" negative case) hides nothing.
  if (value.trim() === '' || /^\s*(bearer|basic|digest|token)\s*$/i.test(value)) return value;
  const m = /^(\s*)([A-Za-z][A-Za-z0-9-]{0,19})(\s+)\S/.exec(value);
  return m ? `${m[1]}${m[2]}${m[3]}${marker}` : marker;
}

export function redactText(text: string, plan: TextRedactionPlan): string {
  if (text === '') return text;
  const { marker } = plan;
  let out = redactSecretValues(text, plan);
  out = redactJsonKeysInText(out, marker, plan.isSecretKey);
  out = out.replace(PARAM, (all, sep: string, name: string, value: string) =>
    value !== '' && plan.isSecretKey(name) ? `${sep}${name}=${marker}` : all,
  );
  out = out.replace(HEADER_LINE, (all, sep: string, name: string, colon: string, value: string) => {
    if (value.trim() === '' || !plan.isSecretKey(name)) return all;
    const redacted = name.toLowerCase().endsWith('authorization') ? redactAuthorizationValue(value, marker) : marker;
    return `${sep}${name}${colon}${redacted}`;
  });
  return out.replace(BEARER, (_all, scheme: string, space: string) => `${scheme}${space}${marker}`);
}
