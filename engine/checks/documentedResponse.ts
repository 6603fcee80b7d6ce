/**
 * Finds the response the contract documents for a received status: exact ('403'), then range
 * ('4XX'), then 'default' — the OpenAPI precedence.
 */
import type { Contract, OperationId, OperationSpec, ResponseSpec } from '../contract/types.ts';

export function operationOf(contract: Contract, operationId: OperationId): OperationSpec | undefined {
  return contract.operations.get(operationId);
}

export function documentedResponse(operation: OperationSpec, status: number): ResponseSpec | undefined {
  const r = operation.responses;
  return r[String(status)] ?? r[`${Math.floor(status / 100)}XX`] ?? r[`${Math.floor(status / 100)}xx`] ?? r['default'];
}

/** `application/json; charset=utf-8` → `application/json`. */
export function mediaTypeEssence(contentType: string | undefined): string | undefined {
  const essence = contentType?.split(';')[0]?.trim().toLowerCase();
  return essence ? essence : undefined;
}

/** The documented media-type key that a received essence matches (wildcards allowed), if any. */
export function matchMediaType(documented: readonly string[], essence: string): string | undefined {
  const [type] = essence.split('/');
  return documented.find((d) => {
    const key = d.toLowerCase();
    return key === essence || key === '*/*' || key === `${type}/*`;
  });
}
