/**
 * Replaces the `otp` of a JSON body (key matched case-insensitively, as the vendor does) with a
 * fresh code at send time: a TOTP code is only valid for its step and only once.
 */
import type { Case } from '../../engine/case/case.ts';

/** True when the case carries an OTP in a JSON object body. */
export function hasJsonOtp(c: Case): boolean {
  return c.body.kind === 'json' && isObject(c.body.value) && Object.keys(c.body.value).some((k) => k.toLowerCase() === 'otp');
}

export function withOtp(c: Case, code: string): Case {
  if (c.body.kind !== 'json' || !isObject(c.body.value)) return c;
  const value: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(c.body.value)) value[key] = key.toLowerCase() === 'otp' ? code : inner;
  return { ...c, body: { ...c.body, value } };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
