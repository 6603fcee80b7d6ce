/**
 * The rejections a positive case may get from server state alone: 1068 "OTP already used" on an
 * operation that verifies a one-time code (two cases can share a TOTP step on a busy clock).
 */
import type { Contract, OperationId } from '../../engine/contract/types.ts';
import { otpVerifyingOperations } from '../otp/verifiesOtp.ts';

const OTP_ALREADY_USED = 1068;

export function statefulRejections(contract: Contract): Record<OperationId, readonly number[]> {
  return Object.fromEntries(otpVerifyingOperations(contract).map((id) => [id, [OTP_ALREADY_USED]]));
}
