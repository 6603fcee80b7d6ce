/**
 * Laws of negativeCase: every case breaks exactly the rule its label names and nothing else
 * (judged by the independent oracle classifyCase, which consults ajv through the validator);
 * rule selection fails loudly; labels never leak secrets; shrinking keeps failing and gets smaller;
 * (seed, path) replays the same counterexample.
 */
import { test, expect } from '@playwright/test';
import * as fc from 'fast-check';
import { negativeCase, applicableRules, positiveCase } from '../../../generators/index.ts';
import { loginRadiusRules } from '../../../loginradius/index.ts';

const NEGATIVE_RULE_NAMES = loginRadiusRules.map((r) => r.name);
import type { Case } from '../../../engine/case/case.ts';
import { ctx, credentials, operations, validator, largestOperation } from '../generationFixture.ts';
import { classifyCase } from './classifyCase.ts';

for (const op of operations) {
  test(`${op.operationId}: every negative case breaks exactly its labelled rule`, () => {
    const rules = applicableRules(op, ctx);
    expect(rules.length).toBeGreaterThan(10);
    for (const rule of rules) {
      fc.assert(
        fc.property(negativeCase(op, ctx, { rules: [rule.name] }), (c) => {
          if (c.label.kind !== 'negative' || c.label.rule !== rule.name)
            throw new Error(`label ${JSON.stringify(c.label)} is not ${rule.name}`);
          const broken = classifyCase(c, op, ctx, validator);
          if (broken.length !== 1 || broken[0] !== rule.name)
            throw new Error(
              `rule ${rule.name} (${c.label.kind === 'negative' ? c.label.detail : ''}) classified as ${JSON.stringify(broken)}`,
            );
        }),
        { numRuns: 60, seed: 7 },
      );
    }
  });
}

test('the rule list covers the brief; the two schema rules our document cannot trigger apply nowhere', () => {
  const expected = [
    'missing-required-parameter',
    'missing-required-body-field',
    'wrong-type',
    'out-of-range',
    'wrong-format',
    'unknown-property',
    'wrong-content-type',
    'malformed-json',
    'empty-body',
    'duplicate-parameter',
    'oversized-value',
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
    'wrong-otp',
    'invalid-isvoiceotp',
  ];
  for (const name of expected) expect(NEGATIVE_RULE_NAMES).toContain(name);
  const used = new Set(operations.flatMap((op) => applicableRules(op, ctx).map((r) => r.name)));
  // Only apikey is required among query parameters (handled by missing-apikey), and bodies are open.
  expect(NEGATIVE_RULE_NAMES.filter((n) => !used.has(n)).sort()).toEqual(['missing-required-parameter', 'unknown-property']);
});

test('a mixed negative arbitrary draws many rules, and labels never carry secret values', () => {
  const secrets = [
    credentials.apiKey,
    credentials.accessToken,
    credentials.totpSecret,
    credentials.expiredAccessToken!,
    credentials.revokedAccessToken!,
    ...Object.values(credentials.securityAnswers ?? {}),
    ...Object.values(credentials.captcha ?? {}).filter((v): v is string => typeof v === 'string'),
  ];
  const seen = new Set<string>();
  fc.assert(
    fc.property(negativeCase(largestOperation, ctx), (c) => {
      if (c.label.kind !== 'negative') throw new Error('not negative');
      seen.add(c.label.rule);
      for (const s of secrets) if (c.label.detail.includes(s)) throw new Error(`${c.label.rule} detail leaks a secret`);
    }),
    { numRuns: 600, seed: 11 },
  );
  expect(seen.size).toBeGreaterThanOrEqual(applicableRules(largestOperation, ctx).length - 2);
});

test('selecting unknown or inapplicable rules fails at once, naming them and the choices', () => {
  const get = contractOp('mfaReAuthenticate');
  expect(() => negativeCase(get, ctx, { rules: ['no-such-rule'] })).toThrow(
    /negativeCase\(mfaReAuthenticate\): unknown rule\(s\) no-such-rule.*Choose from: /,
  );
  expect(() => negativeCase(get, ctx, { rules: ['wrong-otp'] })).toThrow(/rule\(s\) wrong-otp do not apply/);
  const bare = {
    ...ctx,
    credentials: { apiKey: credentials.apiKey, accessToken: credentials.accessToken, totpSecret: credentials.totpSecret },
  };
  expect(() => negativeCase(get, bare, { rules: ['expired-token'] })).toThrow(/expired-token do not apply/);
});

function contractOp(id: 'mfaReAuthenticate') {
  return operations.find((o) => o.operationId === id)!;
}

const size = (c: Case): number => JSON.stringify(c).length;

test('shrinking a failing case yields a smaller case that still fails', () => {
  // Deliberately failing predicate: "no negative case has a body over 40 characters or more than 3 query entries".
  const fails = (c: Case): boolean => JSON.stringify(c.body).length > 40 || c.query.length > 3;
  let first: Case | undefined;
  let last: Case | undefined;
  let thrown: unknown;
  try {
    fc.assert(
      fc.property(negativeCase(largestOperation, ctx), (c) => {
        if (fails(c)) {
          first ??= c;
          last = c;
          return false;
        }
        return true;
      }),
      { seed: 5, numRuns: 200 },
    );
  } catch (error) {
    thrown = error;
  }
  expect(String(thrown)).toMatch(/seed: 5, path: "[0-9:]+"/);
  expect(first).toBeDefined();
  expect(fails(last!)).toBe(true);
  expect(size(last!)).toBeLessThan(size(first!));
});

test('(seed, path) replays exactly the reported counterexample', () => {
  const property = fc.property(positiveCase(largestOperation, ctx), (c) => c.query.length < 3);
  const run = fc.check(property, { seed: 21, numRuns: 200 });
  expect(run.failed).toBe(true);
  const replay = fc.check(property, { seed: run.seed, path: run.counterexamplePath!, endOnFailure: true });
  expect(replay.counterexample).toEqual(run.counterexample);
});
