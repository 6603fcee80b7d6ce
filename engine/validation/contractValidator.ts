/**
 * `contractValidator(contract)`: the process-wide validator for a contract
 * Cached per contract object, so every caller shares one Ajv and one set of compiled validators.
 */
import type { Contract } from '../contract/types.ts';
import type { ContractValidator } from './types.ts';
import { createContractValidator, type InspectableValidator } from './createContractValidator.ts';

export type { ContractValidator, ValidationResult } from './types.ts';

const byContract = new WeakMap<Contract, InspectableValidator>();

export function contractValidator(contract: Contract): ContractValidator {
  let validator = byContract.get(contract);
  if (!validator) {
    validator = createContractValidator(contract);
    byContract.set(contract, validator);
  }
  return validator;
}

/** How many Ajv validators this validator has compiled so far; 0 for validators not made here. */
export function validatorCompileCount(validator: ContractValidator): number {
  const inspectable = validator as Partial<InspectableValidator>;
  return typeof inspectable.compiledCount === 'number' ? inspectable.compiledCount : 0;
}
