/**
 * Laws of the pack's rule list that a real tenant depends on: what a rule declares about itself is
 * what its cases do. A case that carries a code the vendor would verify (any non-blank string or
 * number in `otp`) other than the current valid one counts towards the account's lockout, so only
 * rules that declare `sendsWrongOtp` may produce one; those that declare it must produce one.
 */
import { test, expect } from '@playwright/test';
import * as fc from 'fast-check';
import { applicableRules, negativeCase } from '../../../generators/index.ts';
import type { Case } from '../../../engine/case/case.ts';
import { loginRadiusRules, totpCode, verifiesOtp } from '../../../loginradius/index.ts';
import { contract, ctx, credentials, FIXED_NOW, operations } from '../../generators/generationFixture.ts';
import { carriesWrongCode as carriesWrong } from './carriesWrongCode.ts';

const validCode = totpCode(credentials.totpSecret, FIXED_NOW);

const carriesWrongCode = (c: Case): boolean => carriesWrong(c, validCode);

const otpOperations = operations.filter((op) => verifiesOtp(op, contract));

test('the OTP-verifying operations are the two PUTs', () => {
  expect(otpOperations.map((op) => op.operationId)).toEqual(['mfaUpdateSetting', 'mfaReAuthenticateByOTP']);
});

for (const op of otpOperations) {
  test(`${op.operationId}: no rule outside the wrong-OTP budget sends a code the vendor would verify as wrong`, () => {
    const safe = applicableRules(op, ctx).filter((r) => r.sendsWrongOtp !== true);
    expect(safe.length).toBeGreaterThan(15);
    for (const rule of safe)
      fc.assert(
        fc.property(negativeCase(op, ctx, { rules: [rule.name] }), (c) => !carriesWrongCode(c)),
        { numRuns: 200, seed: 3 },
      );
  });

  test(`${op.operationId}: every rule that declares sendsWrongOtp does send wrong codes`, () => {
    const budgeted = applicableRules(op, ctx).filter((r) => r.sendsWrongOtp === true);
    expect(budgeted.map((r) => r.name).sort()).toEqual(['oversized-value', 'stale-otp', 'wrong-otp']);
    for (const rule of budgeted)
      fc.assert(
        fc.property(negativeCase(op, ctx, { rules: [rule.name] }), (c) => carriesWrongCode(c)),
        { numRuns: 100, seed: 5 },
      );
  });
}

test('authentication rules are exactly the API-key and token rules, declared on each rule', () => {
  const auth = loginRadiusRules.filter((r) => r.isAuthRule === true).map((r) => r.name);
  expect(auth).toEqual([
    'missing-apikey',
    'empty-apikey',
    'whitespace-apikey',
    'wrong-apikey',
    'unauthorised-apikey',
    'apikey-in-header',
    'missing-token',
    'malformed-token',
    'expired-token',
    'revoked-token',
    'wrong-auth-scheme',
  ]);
  fc.assert(
    fc.property(
      negativeCase(operations[0]!, ctx),
      (c) => c.label.kind === 'negative' && (c.label.isAuthRule === true) === auth.includes(c.label.rule),
    ),
    { numRuns: 300, seed: 9 },
  );
});
