/** A token pair as the vendor answers it: `expires_in` is a timestamp (ISO date-time), not seconds. */
import type { VendorAnswer } from './vendorCall.ts';

export interface ObtainedToken {
  readonly accessToken: string;
  readonly refreshToken?: string;
  /** Epoch ms; undefined when the answer had no readable expiry. */
  readonly expiresAt?: number;
  /** Epoch ms when it was obtained (the lifetime is expiresAt - obtainedAt). */
  readonly obtainedAt: number;
}

const ZERO_TOKEN = /^0{8}-0{4}-0{4}-0{4}-0{12}$/;

export function obtainedToken(answer: VendorAnswer, now: number): ObtainedToken | undefined {
  const j = answer.json;
  const access = j?.['access_token'];
  if (answer.status !== 200 || typeof access !== 'string' || access === '' || ZERO_TOKEN.test(access)) return undefined;
  const refresh = j?.['refresh_token'];
  const expiresAt = Date.parse(String(j?.['expires_in']));
  return {
    accessToken: access,
    ...(typeof refresh === 'string' && refresh !== '' ? { refreshToken: refresh } : {}),
    ...(Number.isFinite(expiresAt) ? { expiresAt } : {}),
    obtainedAt: now,
  };
}
