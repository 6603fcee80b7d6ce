/**
 * The RFC 6238 code (SHA1, 6 digits, 30 s) of a base32 secret at a time, computed with otpauth
 * (the same library the tests use as oracle). `stepOffset` picks a neighbouring 30 s step.
 * The last code per (secret, step) is cached: generation asks for the same code thousands of times.
 */
import { Secret, TOTP } from 'otpauth';

export const TOTP_PERIOD_SECONDS = 30;
const TOTP_DIGITS = 6;

const secrets = new Map<string, Secret>();
const lastCode = new Map<string, { counter: number; code: string }>();

function secretOf(base32: string): Secret {
  let secret = secrets.get(base32);
  if (secret === undefined) {
    try {
      secret = Secret.fromBase32(base32);
    } catch {
      // Never echo the secret itself: it is a credential.
      throw new Error('totpCode: the TOTP secret is not valid base32; check credentials.totpSecret.');
    }
    secrets.set(base32, secret);
  }
  return secret;
}

/** The 30 s step number of a timestamp in ms. */
export function totpStep(timestampMs: number): number {
  return Math.floor(timestampMs / 1000 / TOTP_PERIOD_SECONDS);
}

export function totpCode(base32Secret: string, timestampMs: number, stepOffset = 0): string {
  const counter = totpStep(timestampMs) + stepOffset;
  const key = `${base32Secret}\u0000${stepOffset}`;
  const cached = lastCode.get(key);
  if (cached !== undefined && cached.counter === counter) return cached.code;
  const code = TOTP.generate({
    secret: secretOf(base32Secret),
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    timestamp: counter * TOTP_PERIOD_SECONDS * 1000,
  });
  lastCode.set(key, { counter, code });
  return code;
}
