import { test, expect } from '@playwright/test';
import { createCheckContext, DEFAULT_CHECK_OPTIONS } from '../../../engine/checks/checkContext.ts';
import { fakeContract, fakeValidator } from './fixtures.ts';
import { loadContract } from '../../../engine/contract/loadContract.ts';
import { DEFAULT_CONTRACT_PATH, loginRadiusCheckContext } from '../../../loginradius/index.ts';

const contract = fakeContract();
const validator = fakeValidator(contract);

test('fills documented defaults: 2000 ms, no stateful rejection, the generic profile', () => {
  const ctx = createCheckContext({ contract, validator });
  expect(ctx.options).toEqual(DEFAULT_CHECK_OPTIONS);
  expect(ctx.options.statefulRejections).toEqual({});
  expect(ctx.profile.name).toBe('generic');
  expect(ctx.profile.errorCodeOf({ ErrorCode: 908 })).toBeUndefined();
  expect(ctx.secrets).toEqual([]);
  expect(createCheckContext({ contract, validator, options: { maxResponseTimeMs: 50 } }).options.maxResponseTimeMs).toBe(50);
});

test('the LoginRadius pack fills its profile and 1068 on the two OTP-verifying PUTs', () => {
  const real = loadContract(DEFAULT_CONTRACT_PATH);
  const ctx = loginRadiusCheckContext({ contract: real, validator });
  expect(ctx.options.statefulRejections).toEqual({ mfaUpdateSetting: [1068], mfaReAuthenticateByOTP: [1068] });
  expect(ctx.profile.errorCodeOf({ ErrorCode: 908, Message: 'm', Description: 'd' })).toBe(908);
});

test('bad input names createCheckContext and the fix', () => {
  expect(() => createCheckContext({ contract, validator, profile: {} as never })).toThrow(
    /createCheckContext: profile must be a VendorProfile/,
  );
  expect(() => createCheckContext({ contract: undefined as never, validator })).toThrow(
    /createCheckContext: contract is required; pass the result of loadContract/,
  );
  expect(() => createCheckContext({ contract, validator: {} as never })).toThrow(/createCheckContext: validator is required/);
  expect(() => createCheckContext({ contract, validator, options: { maxResponseTimeMs: 0 } })).toThrow(
    /maxResponseTimeMs must be a positive number/,
  );
  expect(() => createCheckContext({ contract, validator, secrets: [undefined as never] })).toThrow(/secrets must be strings/);
});
