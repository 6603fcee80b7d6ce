/**
 * Builds the plain, valid requests the stateful flows send: apikey in the query, the token as a
 * Bearer header, and a JSON body for the PUT operations.
 */
import type { Case, CaseLabel } from '../../engine/case/case.ts';
import type { TargetCredentials } from '../credentials/credentials.ts';
import type { Contract, OperationId } from '../../engine/contract/types.ts';

export interface FlowCaseInput {
  readonly body?: Readonly<Record<string, unknown>>;
  /** Describes the step in the report, e.g. "wrong OTP 3 of 5". */
  readonly label: string;
  /** Flow steps that must be refused are labelled negative so negative_data_rejection judges them. */
  readonly expectRejection?: boolean;
}

export function flowCase(contract: Contract, operationId: OperationId, credentials: TargetCredentials, input: FlowCaseInput): Case {
  const op = contract.operation(operationId);
  const label: CaseLabel = input.expectRejection ? { kind: 'negative', rule: 'stateful', detail: input.label } : { kind: 'positive' };
  return {
    operationId,
    method: op.method,
    path: op.path,
    query: [['apikey', credentials.apiKey]],
    headers: { Authorization: `Bearer ${credentials.accessToken}` },
    body: input.body === undefined ? { kind: 'none' } : { kind: 'json', value: input.body, mediaType: 'application/json' },
    label,
  };
}
