/** The operations of the LoginRadius contract in document order: the order of tests and reports. */
import { loadContract } from '../../engine/contract/loadContract.ts';
import type { Contract, OperationId } from '../../engine/contract/types.ts';
import { DEFAULT_CONTRACT_PATH } from './defaultContractPath.ts';

export function operationIds(contract: Contract = loadContract(DEFAULT_CONTRACT_PATH)): OperationId[] {
  return [...contract.operations.keys()];
}
