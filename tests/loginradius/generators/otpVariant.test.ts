/**
 * Laws of otpVariant: valid codes agree with otpauth's TOTP.validate at the clock; every wrong
 * kind is refused by otpauth even with a wide window; expired-window codes are older steps
 * within 300 s but outside the accepted ±1 window.
 */
import { test, expect } from '@playwright/test';
import * as fc from 'fast-check';
import { Secret, TOTP } from 'otpauth';
import { otpVariant, totpCode, OTP_KINDS } from '../../../loginradius/index.ts';
import { credentials, FIXED_NOW } from '../../generators/generationFixture.ts';

const totp = new TOTP({ secret: Secret.fromBase32(credentials.totpSecret), algorithm: 'SHA1', digits: 6, period: 30 });
/** otpauth throws (timingSafeEqual) on tokens of another byte length, e.g. unicode digits: that is a refusal too. */
function delta(token: string, timestamp: number, window: number): number | null {
  try {
    return totp.validate({ token, timestamp, window });
  } catch {
    return null;
  }
}
const clocks = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) });

test('valid and reused codes are what otpauth validates at the clock (delta 0)', () => {
  fc.assert(
    fc.property(clocks, fc.integer(), (now, seed) => {
      const [v] = fc.sample(otpVariant({ secret: credentials.totpSecret, clock: () => now, kinds: ['valid', 'reused'] }), {
        seed,
        numRuns: 1,
      });
      if (totp.validate({ token: v!.value, timestamp: now, window: 0 }) !== 0) throw new Error(`${v!.kind} code is not valid at ${now}`);
    }),
    { numRuns: 200, seed: 1 },
  );
});

test('wrong kinds are refused even with a ±10 step window; expired-window codes sit 2..9 steps back', () => {
  const wrong = ['wrong-digits', 'wrong-length', 'non-digits', 'unicode-digits', 'spaces'] as const;
  fc.assert(
    fc.property(clocks, fc.integer(), (now, seed) => {
      const arb = otpVariant({ secret: credentials.totpSecret, clock: () => now, kinds: [...wrong, 'expired-window'] });
      for (const v of fc.sample(arb, { seed, numRuns: 20 })) {
        const d = delta(v.value, now, 10);
        if (v.kind === 'expired-window') {
          if (d === null || d > -2 || d < -9) throw new Error(`expired-window delta ${d}`);
        } else if (d !== null) throw new Error(`${v.kind} code is accepted by otpauth (delta ${d})`);
      }
    }),
    { numRuns: 60, seed: 2 },
  );
});

test('each wrong kind has its shape', () => {
  const arb = otpVariant({ secret: credentials.totpSecret, clock: () => FIXED_NOW });
  const byKind = new Map<string, string[]>();
  for (const v of fc.sample(arb, { seed: 3, numRuns: 800 })) byKind.set(v.kind, [...(byKind.get(v.kind) ?? []), v.value]);
  expect([...byKind.keys()].sort()).toEqual([...OTP_KINDS].sort());
  const code = totpCode(credentials.totpSecret, FIXED_NOW);
  expect(byKind.get('wrong-digits')!.every((v) => /^\d{6}$/.test(v) && v !== code)).toBe(true);
  expect(byKind.get('wrong-length')!.every((v) => /^\d+$/.test(v) && v.length !== 6)).toBe(true);
  expect(byKind.get('non-digits')!.every((v) => v.length === 6 && /\D/.test(v))).toBe(true);
  expect(byKind.get('unicode-digits')!.every((v) => /^\p{Nd}+$/u.test(v) && !/^[0-9]+$/.test(v))).toBe(true);
  expect(byKind.get('spaces')!.every((v) => v !== v.trim() && v.trim() === code)).toBe(true);
  expect(() => otpVariant({ secret: credentials.totpSecret, clock: () => 0, kinds: ['nope' as never] })).toThrow(
    /otpVariant: kinds must be/,
  );
});

test('a secret that is not base32 fails without echoing it', () => {
  expect(() => totpCode('not base32!!', FIXED_NOW)).toThrow(/not valid base32; check credentials.totpSecret/);
  try {
    totpCode('not base32!!', FIXED_NOW);
  } catch (e) {
    expect(String(e)).not.toContain('not base32!!');
  }
});
