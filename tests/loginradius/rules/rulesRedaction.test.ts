/**
 * Law: whatever a rule does to a request, the replay curl line of the case hides its secrets by
 * key alone. One-time codes are never configured as secret values (they change every step), so a
 * rule that moves the code into a form the key pass does not read (a single-quoted or unquoted
 * body, say) would print a live code in every report. Checked for every OTP of the window the
 * vendor accepts or remembers and for the account's credentials, on every rule of every operation.
 */
import { test, expect } from '@playwright/test';
import * as fc from 'fast-check';
import { applicableRules, negativeCase, positiveCase } from '../../../generators/index.ts';
import { toCurl } from '../../../engine/case/toCurl.ts';
import { loginRadiusRedactor, totpCode } from '../../../loginradius/index.ts';
import { ctx, credentials, FIXED_NOW, operations } from '../../generators/generationFixture.ts';

// Key-based redaction only: no configured secret values, as for the one-time codes in a real run.
const redactor = loginRadiusRedactor();

const windowCodes = Array.from({ length: 12 }, (_, i) => totpCode(credentials.totpSecret, FIXED_NOW, i - 10));
const needles: Array<[string, RegExp]> = [
  ...windowCodes.map((code): [string, RegExp] => [`OTP ${code}`, new RegExp(`(?<![0-9])${code}(?![0-9])`)]),
  ...[credentials.apiKey, credentials.accessToken, credentials.expiredAccessToken, credentials.revokedAccessToken]
    .filter((v): v is string => v !== undefined)
    .map((v, i): [string, RegExp] => [`credential ${i}`, new RegExp(v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))]),
];

function leaks(curl: string): string[] {
  return needles.filter(([, pattern]) => pattern.test(curl)).map(([what]) => what);
}

test('the needles are real: an unredacted curl line of a positive case shows the valid code and the API key', () => {
  const op = operations.find((o) => o.operationId === 'mfaUpdateSetting')!;
  const [c] = fc.sample(positiveCase(op, ctx), { numRuns: 1, seed: 1 });
  const plain = toCurl(c!, 'https://tenant.example', { marker: '[REDACTED]', text: (s) => s, case: (x) => x });
  expect(leaks(plain)).toEqual(expect.arrayContaining([`OTP ${totpCode(credentials.totpSecret, FIXED_NOW)}`, 'credential 0']));
});

for (const op of operations)
  test(`${op.operationId}: no rule's curl line carries a live code or a credential`, () => {
    const rules = applicableRules(op, ctx);
    expect(rules.length).toBeGreaterThan(10);
    for (const rule of rules)
      fc.assert(
        fc.property(negativeCase(op, ctx, { rules: [rule.name] }), (c) => {
          expect(
            leaks(toCurl(c, 'https://tenant.example', redactor)),
            `${rule.name}: ${c.label.kind === 'negative' ? c.label.detail : ''}`,
          ).toEqual([]);
        }),
        { numRuns: 40, seed: 11 },
      );
  });
