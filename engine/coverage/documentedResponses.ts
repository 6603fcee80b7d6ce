/**
 * The contract's documented responses, in document order: one per status without error codes,
 * one per (status, code) when `x-error-codes` lists some. Range statuses (`4XX`) and `default`
 * are kept as written: an observed status counts for them when no exact status matches.
 */
import type { Contract } from '../contract/types.ts';
import type { DocumentedResponse } from './coverageUniverse.ts';

export function documentedResponses(contract: Contract): DocumentedResponse[] {
  const out: DocumentedResponse[] = [];
  for (const op of contract.operations.values())
    for (const response of Object.values(op.responses)) {
      if (response.errorCodes.length === 0) out.push({ operationId: op.operationId, status: response.status });
      for (const errorCode of response.errorCodes) out.push({ operationId: op.operationId, status: response.status, errorCode });
    }
  return out;
}
