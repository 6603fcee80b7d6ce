/**
 * The mock's legacy-forms tenant answers in the vendor doc examples' forms; each answer still
 * validates against the contract, and the ambiguity finder names the legacy form it used.
 */
import { test, expect } from '@playwright/test';
import { startHarness, type Harness } from '../helpers/mockHarness.ts';
import { loadContract } from '../../../engine/contract/loadContract.ts';
import { DEFAULT_CONTRACT_PATH } from '../../../loginradius/contract/defaultContractPath.ts';
import { contractValidator } from '../../../engine/validation/contractValidator.ts';
import { ambiguityFinder } from '../../../engine/validation/ambiguityFinder.ts';
import type { OperationId } from '../../../engine/contract/types.ts';

const contract = loadContract(DEFAULT_CONTRACT_PATH);
const validator = contractValidator(contract);
const findForms = ambiguityFinder(contract);
const JSON_UTF8 = 'application/json; charset=utf-8';

let h: Harness;
test.afterEach(async () => {
  await h?.mock.close();
});

function formsOf(op: OperationId, status: number, body: unknown): string[] {
  expect(validator.validate(op, status, JSON_UTF8, body)).toEqual({ ok: true });
  return findForms(op, status, JSON_UTF8, body).map((u) => `${u.id}:${u.form}`);
}

test("legacy forms: profile, trigger and error envelope use the doc examples' forms and stay valid", async () => {
  h = await startHarness({ legacyForms: true });
  const user = h.user();

  const profile = await h.call('mfaUpdateSetting', { body: { otp: h.otp(user) } });
  expect(profile.status).toBe(200);
  expect(profile.json.Country).toBe('United States');
  expect(profile.json.PhoneNumbers).toBe(Number(user.phone.replace(/\D/g, '')));
  expect(formsOf('mfaUpdateSetting', 200, profile.json)).toEqual(
    expect.arrayContaining(['D9-country:legacy-string', 'D9-phone-numbers:legacy-number']),
  );

  const trigger = await h.call('mfaReAuthenticate');
  expect(trigger.status).toBe(200);
  expect(trigger.json).not.toHaveProperty('SecondFactorAuthenticationToken');
  expect(formsOf('mfaReAuthenticate', 200, trigger.json)).toEqual(
    expect.arrayContaining(['D4-trigger-token:without-token', 'D8-key-set:legacy-key-set']),
  );

  const wrong = await h.call('mfaReAuthenticateByOTP', { role: 'negative', body: { otp: '000000' } });
  expect(wrong.status).toBe(403);
  expect(Object.keys(wrong.json).sort()).toEqual(['Description', 'ErrorCode', 'Message']);
  expect(formsOf('mfaReAuthenticateByOTP', 403, wrong.json)).toEqual(['D25-error-envelope:short-envelope']);
});

test('without the option the mock answers in the SDK forms', async () => {
  h = await startHarness();
  const profile = await h.call('mfaUpdateSetting', { body: { otp: h.otp(h.user()) } });
  expect(formsOf('mfaUpdateSetting', 200, profile.json)).toEqual(
    expect.arrayContaining(['D9-country:sdk-object', 'D9-phone-numbers:sdk-array']),
  );
  const wrong = await h.call('mfaReAuthenticateByOTP', { role: 'negative', body: { otp: '000000' } });
  expect(formsOf('mfaReAuthenticateByOTP', 403, wrong.json)).toEqual(['D25-error-envelope:code-table-envelope']);
});

test('legacyForms must be a boolean', async () => {
  await expect(startHarness({ legacyForms: 'yes' as unknown as boolean })).rejects.toThrow(/legacyForms must be true or false/);
});
