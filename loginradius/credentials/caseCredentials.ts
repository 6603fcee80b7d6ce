/**
 * The credentials and secret values a Case carries: used by `missing_required_header` (does it
 * carry any credential?) and `no_secret_echo` (which values must not come back).
 */
import type { NamedSecret } from '../../engine/profile/vendorProfile.ts';
import type { Case } from '../../engine/case/case.ts';
import { isRecord } from '../../engine/contract/deref.ts';
import { parseJsonObject } from './parseJsonObject.ts';

const SECRET_QUERY = new Set(['apikey', 'access_token']);
const SECRET_HEADERS = new Set(['x-loginradius-apikey', 'x-loginradius-apisecret']);
const SECRET_BODY_KEYS = new Set(['otp', 'g-recaptcha-response', 'qq_captcha_ticket', 'qq_captcha_randstr', 'h-captcha-response']);
const blank = (s: string) => s.trim() === '';

function bodyObject(c: Case): Record<string, unknown> | undefined {
  if (c.body.kind === 'json') return isRecord(c.body.value) ? c.body.value : undefined;
  return c.body.kind === 'raw' ? parseJsonObject(c.body.text) : undefined;
}

/** Every non-blank secret value in the request (names matched case-insensitively, like the vendor). */
export function requestSecrets(c: Case): NamedSecret[] {
  const found: NamedSecret[] = [];
  for (const [name, value] of c.query) if (SECRET_QUERY.has(name.toLowerCase())) found.push({ name: `query ${name.toLowerCase()}`, value });
  for (const [name, value] of Object.entries(c.headers)) {
    const lower = name.toLowerCase();
    if (lower === 'authorization') {
      const token = value.trim().split(/\s+/).pop() ?? '';
      found.push({ name: 'header authorization token', value: token });
    } else if (SECRET_HEADERS.has(lower)) found.push({ name: `header ${lower}`, value });
  }
  const body = bodyObject(c);
  for (const [key, value] of Object.entries(body ?? {})) {
    const lower = key.toLowerCase();
    if (SECRET_BODY_KEYS.has(lower) && (typeof value === 'string' || typeof value === 'number'))
      found.push({ name: `body ${lower}`, value: String(value) });
    if (lower === 'securityanswer' && typeof value === 'object' && value !== null)
      for (const answer of Object.values(value)) if (typeof answer === 'string') found.push({ name: 'body securityanswer', value: answer });
  }
  return found.filter((s) => !blank(s.value));
}

/** The required credentials the request leaves out entirely: the apikey query parameter, the user token (header or query). */
export function missingCredentials(c: Case): Array<'apikey' | 'access token'> {
  const secrets = requestSecrets(c);
  const missing: Array<'apikey' | 'access token'> = [];
  if (!secrets.some((s) => s.name === 'query apikey')) missing.push('apikey');
  if (!secrets.some((s) => s.name === 'query access_token' || s.name === 'header authorization token')) missing.push('access token');
  return missing;
}

export function hasAnyCredential(c: Case): boolean {
  return requestSecrets(c).some((s) => s.name.startsWith('query') || s.name.startsWith('header'));
}
