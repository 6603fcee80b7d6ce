/**
 * Does the target verify a one-time code in this operation's request? True when the JSON body
 * declares an `otp` property. A positive case of such an operation needs a fresh, single-use code
 * (one TOTP step each), and its wrong codes count towards the account's lockout.
 */
import type { Contract, OperationSpec } from '../../engine/contract/types.ts';
import type { OperationId } from '../../engine/contract/types.ts';
import { operationIds } from '../contract/operationIds.ts';
import { bodyPropertiesOf } from '../../generators/negative/bodySchemaOf.ts';

export function verifiesOtp(op: OperationSpec, contract: Contract): boolean {
  return bodyPropertiesOf(op, contract).some(([name]) => name.toLowerCase() === 'otp');
}

/** The operations of the contract that verify an OTP, in document order. */
export function otpVerifyingOperations(contract: Contract): OperationId[] {
  return operationIds(contract).filter((id) => verifiesOtp(contract.operation(id), contract));
}
