/**
 * A validator stored as standalone code and loaded back judges exactly like the one compiled in
 * process: the same verdict and the same errors, for valid and broken bodies of the contract's
 * largest schemas. A second harness process loads instead of compiling; a store it cannot use
 * (no folder, a corrupt entry) only costs a compile.
 */
import { test, expect } from '@playwright/test';
import * as fc from 'fast-check';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContract } from '../../../engine/contract/loadContract.ts';
import { compiledValidatorStore } from '../../../engine/validation/compiledValidatorStore.ts';
import { createAjv } from '../../../engine/validation/createAjv.ts';
import { createValidatorCache } from '../../../engine/validation/validatorCache.ts';
import type { JsonSchema } from '../../../engine/contract/types.ts';
import { DEFAULT_CONTRACT_PATH } from '../../../loginradius/contract/defaultContractPath.ts';

const contract = loadContract(DEFAULT_CONTRACT_PATH);
const schemaOf = (op: string, status: string): JsonSchema =>
  (contract.operation(op).responses[status] as { content: Record<string, { schema: JsonSchema }> }).content['application/json']!.schema;
const SCHEMAS = [
  ['mfaUpdateSetting 200', schemaOf('mfaUpdateSetting', '200')],
  ['mfaReAuthenticate 200', schemaOf('mfaReAuthenticate', '200')],
  ['mfaReAuthenticateByOTP 403', schemaOf('mfaReAuthenticateByOTP', '403')],
] as const;

const bodies = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.record({ ErrorCode: fc.oneof(fc.integer(), fc.string()), Message: fc.string(), Description: fc.option(fc.string()) }),
  fc.record({
    Uid: fc.oneof(fc.string(), fc.integer()),
    Email: fc.array(fc.record({ Type: fc.string(), Value: fc.string() })),
    IsActive: fc.boolean(),
  }),
  fc.record({
    SecondFactorAuthenticationToken: fc.option(fc.uuid()),
    ExpireIn: fc.oneof(
      fc.date().map((d) => d.toISOString()),
      fc.string(),
    ),
  }),
);

test('stored and loaded validators agree with compiled ones: verdict and errors; a second cache loads, compiles nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lr-validators-'));
  try {
    const fresh = createValidatorCache(createAjv(contract));
    const first = createValidatorCache(createAjv(contract), compiledValidatorStore(dir));
    for (const [key, schema] of SCHEMAS) first.get(key, schema);
    expect(first.compiledCount).toBe(SCHEMAS.length);
    expect(readdirSync(dir).filter((f) => f.endsWith('.cjs'))).toHaveLength(SCHEMAS.length);
    const second = createValidatorCache(createAjv(contract), compiledValidatorStore(dir));
    fc.assert(
      fc.property(bodies, (body) => {
        for (const [key, schema] of SCHEMAS) {
          const a = fresh.get(key, schema);
          const b = second.get(key, schema);
          expect(b(body)).toBe(a(body));
          expect(b.errors ?? null).toEqual(a.errors ?? null);
        }
      }),
      { numRuns: 150 },
    );
    expect(second.compiledCount).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('no folder or a corrupt entry: the validator is compiled, and it works', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lr-validators-'));
  try {
    const [key, schema] = SCHEMAS[2];
    createValidatorCache(createAjv(contract), compiledValidatorStore(dir)).get(key, schema);
    for (const f of readdirSync(dir)) writeFileSync(join(dir, f), 'module.exports = (;');
    const afterCorruption = createValidatorCache(createAjv(contract), compiledValidatorStore(dir));
    expect(afterCorruption.get(key, schema)({ ErrorCode: 1067, Message: 'm', Description: 'd' })).toBe(true);
    expect(afterCorruption.compiledCount).toBe(1);
    const none = createValidatorCache(createAjv(contract), compiledValidatorStore(undefined));
    expect(none.get(key, schema)({ ErrorCode: 'x' })).toBe(false);
    expect(none.compiledCount).toBe(1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
