/**
 * Laws of positiveCase: every case validates against the document (request body and each query
 * parameter through the validator) and carries valid credentials (the oracle classifies it as
 * breaking nothing); the OTP agrees with otpauth; same seed + fixed clock → same cases; the
 * positive variants (token placements, scheme case, name case) all occur.
 */
import { test, expect } from '@playwright/test';
import * as fc from 'fast-check';
import { Secret, TOTP } from 'otpauth';
import { positiveCase, sampleCases } from '../../../generators/index.ts';
import type { Case } from '../../../engine/case/case.ts';
import { ctx, credentials, FIXED_NOW, operations, validator, largestOperation } from '../generationFixture.ts';
import { classifyCase } from '../negative/classifyCase.ts';

const authorization = (c: Case) => Object.entries(c.headers).find(([k]) => k.toLowerCase() === 'authorization')?.[1];

for (const op of operations) {
  test(`${op.operationId}: positive cases validate against the document and carry valid credentials`, () => {
    fc.assert(
      fc.property(positiveCase(op, ctx), (c) => {
        if (c.label.kind !== 'positive') throw new Error('label is not positive');
        for (const [name, value] of c.query) {
          const r = validator.validateParameter(op.operationId, 'query', name, value);
          if (!r.ok) throw new Error(`query ${name}: ${r.summary}`);
        }
        if (op.requestBody !== undefined) {
          if (c.body.kind !== 'json') throw new Error('a positive case of a body operation has a JSON body');
          const r = validator.validateRequestBody(op.operationId, c.body.mediaType, c.body.value);
          if (!r.ok) throw new Error(`body: ${r.summary}`);
        } else if (c.body.kind !== 'none') throw new Error('no body expected');
        const broken = classifyCase(c, op, ctx, validator);
        if (broken.length > 0) throw new Error(`positive case breaks ${JSON.stringify(broken)}`);
      }),
      { numRuns: 300, seed: 17 },
    );
  });
}

test('the otp of a positive case is the TOTP otpauth validates at the context clock', () => {
  const totp = new TOTP({ secret: Secret.fromBase32(credentials.totpSecret), algorithm: 'SHA1', digits: 6, period: 30 });
  for (const c of sampleCases(positiveCase(largestOperation, ctx), { seed: 3, numRuns: 50 })) {
    const otp = (c.body.kind === 'json' ? (c.body.value as { otp?: unknown }).otp : undefined) as string;
    expect(totp.validate({ token: otp, timestamp: FIXED_NOW, window: 0 })).toBe(0);
  }
  // A later clock gives the later step's code.
  const later = { ...ctx, clock: () => FIXED_NOW + 60_000 };
  const [c] = sampleCases(positiveCase(largestOperation, later), { seed: 3, numRuns: 1 });
  const otp = c!.body.kind === 'json' ? (c!.body.value as { otp: string }).otp : '';
  expect(totp.validate({ token: otp, timestamp: FIXED_NOW + 60_000, window: 0 })).toBe(0);
});

test('same seed and fixed clock give the same cases; another seed gives others', () => {
  for (const op of operations) {
    const a = sampleCases(positiveCase(op, ctx), { seed: 99, numRuns: 40 });
    const b = sampleCases(positiveCase(op, { ...ctx }), { seed: 99, numRuns: 40 });
    const other = sampleCases(positiveCase(op, ctx), { seed: 100, numRuns: 40 });
    expect(b).toEqual(a);
    expect(other).not.toEqual(a);
  }
});

test('positive variants all occur: header / query / both, scheme and name case, isvoiceotp only false-ish', () => {
  const get = operations.find((o) => o.operationId === 'mfaReAuthenticate')!;
  const cases = sampleCases(positiveCase(get, ctx), { seed: 4, numRuns: 400 });
  const placements = new Set(
    cases.map((c) => {
      const h = authorization(c) !== undefined,
        q = c.query.some(([n]) => n.toLowerCase() === 'access_token');
      return h && q ? 'both' : h ? 'header' : q ? 'query' : 'none';
    }),
  );
  expect([...placements].sort()).toEqual(['both', 'header', 'query']);
  expect(cases.some((c) => /^bearer /.test(authorization(c) ?? ''))).toBe(true);
  expect(cases.some((c) => c.path !== get.path)).toBe(true);
  expect(cases.some((c) => c.query.some(([n]) => n !== n.toLowerCase()))).toBe(true);
  const voice = cases.flatMap((c) => c.query.filter(([n]) => n.toLowerCase() === 'isvoiceotp').map(([, v]) => v));
  expect(voice.length).toBeGreaterThan(0);
  expect(voice.every((v) => v === '' || /^false$/i.test(v))).toBe(true);
  expect(new Set(voice.map((v) => v)).size).toBeGreaterThan(2);
});

test('bad arguments fail at once with an error naming the call', () => {
  expect(() => positiveCase(largestOperation, { ...ctx, clock: 5 as never })).toThrow(/positiveCase: ctx.clock must be a function/);
  expect(() => positiveCase(largestOperation, ctx, { varyCase: 'yes' as never })).toThrow(/options.varyCase must be a boolean/);
});
