import { test, expect } from '@playwright/test';
import { loadContract } from '../../../engine/contract/loadContract.ts';
import { DEFAULT_CONTRACT_PATH } from '../../../loginradius/contract/defaultContractPath.ts';
import type { OperationSpec } from '../../../engine/contract/types.ts';
import { otpVerifyingOperations, verifiesOtp } from '../../../loginradius/otp/verifiesOtp.ts';

const contract = loadContract(DEFAULT_CONTRACT_PATH);

test('the two PUTs verify an OTP, the trigger does not', () => {
  expect(otpVerifyingOperations(contract)).toEqual(['mfaUpdateSetting', 'mfaReAuthenticateByOTP']);
});

test("decided by the body's declared otp property (any case), not by having a body", () => {
  const put = contract.operation('mfaReAuthenticateByOTP');
  const withBody = (properties: Record<string, unknown>): OperationSpec => ({
    ...put,
    requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', properties }, examples: [] } } },
  });
  expect(verifiesOtp(withBody({ securityanswer: { type: 'object' } }), contract)).toBe(false);
  expect(verifiesOtp(withBody({ OTP: { type: 'string' } }), contract)).toBe(true);
});
