import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import { HOTP, Secret } from 'otpauth';
import { OtpVerifier } from '../../../mock/state/otpVerifier.ts';

const SECRET = 'GO3D7CN6ZXY4YQYXTRI3PUGG4JTYJYOV';
const codeAt = (ms: number) => HOTP.generate({ secret: Secret.fromBase32(SECRET), counter: Math.floor(ms / 30_000) });
const T = Date.UTC(2026, 0, 1, 12, 0, 15);

test.describe('OtpVerifier', () => {
  test('current step ±1 accepted once; reuse → used; 2..10 steps old → expired; older or never → invalid', () => {
    const v = new OtpVerifier(SECRET);
    expect(v.verify(codeAt(T), T)).toBe('ok');
    expect(v.verify(codeAt(T), T)).toBe('used');
    expect(v.verify(codeAt(T - 30_000), T)).toBe('ok');
    expect(v.verify(codeAt(T + 30_000), T)).toBe('ok');
    expect(v.verify(codeAt(T - 60_000), T)).toBe('expired');
    expect(v.verify(codeAt(T - 300_000), T)).toBe('expired');
    expect(v.usedCount).toBe(3);
  });

  test('reuse wins over expiry: an accepted code stays "used" for its 300 s validity', () => {
    const v = new OtpVerifier(SECRET);
    expect(v.verify(codeAt(T), T)).toBe('ok');
    expect(v.verify(codeAt(T), T + 120_000)).toBe('used');
  });

  test('non-6-digit input is invalid without throwing', () => {
    const v = new OtpVerifier(SECRET);
    for (const s of ['', '12345', '1234567', 'abcdef', '１２３４５６', `${codeAt(T)}\n`]) expect(v.verify(s, T)).toBe('invalid');
  });

  test('law: for any time, the code of that step is accepted exactly once, then reported used', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000_000_000_000, max: 4_000_000_000_000 }), (t) => {
        const v = new OtpVerifier(SECRET);
        return v.verify(codeAt(t), t) === 'ok' && v.verify(codeAt(t), t) === 'used';
      }),
      { numRuns: 200 },
    );
  });

  test('law: a code more than 300 s old is never accepted', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000_000_000_000, max: 4_000_000_000_000 }), fc.integer({ min: 12, max: 10_000 }), (t, back) => {
        const v = new OtpVerifier(SECRET);
        const old = codeAt(t - back * 30_000);
        // Codes can collide by chance (1 in 10^6 per step); only claim "not ok" when old differs from the window's codes.
        const window = [-1, 0, 1].map((d) => codeAt(t + d * 30_000));
        return window.includes(old) || v.verify(old, t) !== 'ok';
      }),
      { numRuns: 200 },
    );
  });
});
