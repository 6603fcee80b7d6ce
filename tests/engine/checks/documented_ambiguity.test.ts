/**
 * documented_ambiguity: one warning per (ambiguity, form) naming where the target used it; passes
 * when nothing is ambiguous; skips bodies that do not validate.
 */
import { test, expect } from '@playwright/test';
import { loadContract } from '../../../engine/contract/loadContract.ts';
import { DEFAULT_CONTRACT_PATH } from '../../../loginradius/contract/defaultContractPath.ts';
import { contractValidator } from '../../../engine/validation/contractValidator.ts';
import { createCheckContext } from '../../../engine/checks/checkContext.ts';
import { documented_ambiguity } from '../../../engine/checks/documented_ambiguity.ts';
import { runChecks } from '../../../engine/checks/index.ts';
import { aCase, respond } from './fixtures.ts';

const contract = loadContract(DEFAULT_CONTRACT_PATH);
const ctx = createCheckContext({ contract, validator: contractValidator(contract) });
const profileCase = aCase({ operationId: 'mfaUpdateSetting' });

test('legacy forms become warnings that name the form, the pointers and every documented form', () => {
  const result = documented_ambiguity(ctx, respond(profileCase, 200, { Uid: 'u1', Country: 'India', PhoneNumbers: 1234567890 }));
  if (result.status !== 'failed') throw new Error(`expected warnings, got ${result.status}`);
  expect(result.failures.every((f) => f.severity === 'warning' && f.check === 'documented_ambiguity')).toBe(true);
  const country = result.failures.find((f) => f.title === 'Target uses the legacy-string form of D9-country');
  expect(country?.message).toMatch(/The target sends \/Country as legacy-string \(status 200\)/);
  expect(country?.message).toMatch(/sdk-object \(.+\); legacy-string \(.+003_af6e46c4b571a6cd\.txt/);
  expect(country?.dedupKey).toBe('documented_ambiguity|mfaUpdateSetting|200|D9-country|legacy-string');
  expect(result.failures.map((f) => f.title)).toContain('Target uses the legacy-number form of D9-phone-numbers');
});

test('one warning per form however many places use it', () => {
  const result = documented_ambiguity(
    ctx,
    respond(profileCase, 200, { CreatedDate: '2020-01-01T00:00:00Z', ModifiedDate: '2021-01-01T00:00:00Z' }),
  );
  if (result.status !== 'failed') throw new Error('expected a warning');
  expect(result.failures).toHaveLength(1);
  expect(result.failures[0]?.pointers).toEqual(['/CreatedDate', '/ModifiedDate']);
});

test('nothing ambiguous passes; an invalid body is skipped (response_schema_conformance judges it)', () => {
  expect(documented_ambiguity(ctx, respond(profileCase, 200, { Uid: 'u1' })).status).toBe('passed');
  expect(documented_ambiguity(ctx, respond(profileCase, 200, { Country: 42 }))).toMatchObject({ status: 'skipped' });
});

test('it runs last in the registry', () => {
  expect([...runChecks(ctx, respond(profileCase, 200, { Uid: 'u1' })).keys()].at(-1)).toBe('documented_ambiguity');
});
