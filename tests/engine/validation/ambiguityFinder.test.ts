/**
 * ambiguityFinder on the real document: it names the one form a value matches (by a form's own
 * schema, or by the anyOf branch at the form's index), follows $ref/allOf/items, and says nothing
 * when a value matches no form or several.
 */
import { test, expect } from '@playwright/test';
import { loadContract } from '../../../engine/contract/loadContract.ts';
import { DEFAULT_CONTRACT_PATH } from '../../../loginradius/contract/defaultContractPath.ts';
import { ambiguityFinder } from '../../../engine/validation/ambiguityFinder.ts';

const contract = loadContract(DEFAULT_CONTRACT_PATH);
const find = ambiguityFinder(contract);
const JSON_UTF8 = 'application/json; charset=utf-8';
const uses = (op: 'mfaUpdateSetting' | 'mfaReAuthenticate', status: number, body: unknown) =>
  find(op, status, JSON_UTF8, body)
    .map((u) => `${u.id}:${u.form}@${u.pointer}`)
    .sort();

test('form schemas tell the SDK and legacy forms apart, inside nested objects and array items too', () => {
  expect(uses('mfaUpdateSetting', 200, { Country: 'India', PhoneNumbers: 1234567890 })).toEqual([
    'D9-country:legacy-string@/Country',
    'D9-phone-numbers:legacy-number@/PhoneNumbers',
  ]);
  expect(
    uses('mfaUpdateSetting', 200, { Country: { Code: 'IN', Name: 'India' }, Identities: [{ PlacesLived: [{ IsPrimary: 'True' }] }] }),
  ).toEqual(['D9-country:sdk-object@/Country', 'D9-places-lived-primary:legacy-string@/Identities/*/PlacesLived/*/IsPrimary']);
});

test('a null value matches no form and is not reported; the names and sources of every form come along', () => {
  expect(uses('mfaUpdateSetting', 200, { Country: null, CreatedDate: null })).toEqual([]);
  const [date] = find('mfaUpdateSetting', 200, JSON_UTF8, { CreatedDate: '0001-01-01T00:00:00' });
  expect(date).toMatchObject({ id: 'D3-date-time', form: 'dotnet-min-value', pointer: '/CreatedDate' });
  expect(date?.forms.map((f) => f.name)).toEqual(['rfc3339', 'dotnet-min-value']);
  expect(date?.forms.every((f) => f.source.length > 0)).toBe(true);
});

test('a form without its own schema is the anyOf branch at its index (401 envelope vs camelCase gateway body)', () => {
  expect(
    find('mfaReAuthenticate', 401, JSON_UTF8, { errorCode: 1409, message: 'Authentication failed', description: 'x' }).map((u) => u.form),
  ).toEqual(['gateway-camelcase']);
  expect(
    find('mfaReAuthenticate', 401, JSON_UTF8, { ErrorCode: 1409, Message: 'm', Description: 'd' }).map((u) => `${u.id}:${u.form}`),
  ).toEqual(['D2-401-shape:envelope', 'D25-error-envelope:short-envelope']);
});

test('several markers on one object: the trigger token and the key set are judged separately', () => {
  expect(uses('mfaReAuthenticate', 200, { IsGoogleAuthenticatorVerified: true, IsOTPAuthenticatorVerified: true })).toEqual([
    'D4-trigger-token:without-token@',
    'D5-otp-flag:sdk-boolean@/IsOTPAuthenticatorVerified',
    'D8-key-set:legacy-key-set@',
  ]);
});

test('undocumented statuses and media types have nothing to report', () => {
  expect(find('mfaUpdateSetting', 418, JSON_UTF8, { Country: 'India' })).toEqual([]);
  expect(find('mfaUpdateSetting', 200, 'text/plain', { Country: 'India' })).toEqual([]);
});
