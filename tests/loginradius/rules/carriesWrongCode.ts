/**
 * The oracle of the lockout laws: does a request carry a code the vendor would verify (any
 * non-blank string or number in `otp`) other than the one valid now? Such a request counts as a
 * failed attempt towards the account's lockout.
 */
import type { Case } from '../../../engine/case/case.ts';

/** The `otp` the vendor would read from this request's body, if it reads one at all. */
function otpSent(c: Case): unknown {
  let body: unknown;
  if (c.body.kind === 'json') body = c.body.value;
  else if (c.body.kind === 'raw') {
    try {
      body = JSON.parse(c.body.text);
    } catch {
      return undefined;
    }
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const key = Object.keys(body).find((k) => k.toLowerCase() === 'otp');
  return key === undefined ? undefined : (body as Record<string, unknown>)[key];
}

export function carriesWrongCode(c: Case, validCode: string): boolean {
  const otp = otpSent(c);
  const verified = typeof otp === 'number' || (typeof otp === 'string' && otp.trim() !== '');
  return verified && String(otp) !== validCode;
}
