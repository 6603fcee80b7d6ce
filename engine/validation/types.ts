/**
 * What the validation layer answers. Checks turn a failed `ValidationResult` into `Failure`s;
 * `summary` is one line for logs, `issues` carry the JSON pointers.
 */
import type { OperationId, ParameterLocation } from '../contract/types.ts';

export interface ValidationIssue {
  /** JSON pointer into the validated value (`''` for the root, `/ErrorCode`, `/Data/LoginLockedTimeout`). */
  readonly pointer: string;
  /** The full human-readable line, pointer included: `/ErrorCode: must be integer (got string "908")`. Secret values are redacted. */
  readonly message: string;
  /** The JSON Schema keyword that failed (`type`, `required`, `format`...). */
  readonly keyword: string;
}

export type ValidationResult =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly reason: 'undocumented-operation' | 'undocumented-status' | 'undocumented-media-type' | 'schema';
      readonly summary: string;
      readonly issues: readonly ValidationIssue[];
    };

export interface ContractValidator {
  /** Response body check: status matched exactly, then by range (4XX), then 'default'. contentType parameters (charset) ignored. */
  validate(operationId: OperationId, status: number, contentType: string | undefined, body: unknown): ValidationResult;
  validateRequestBody(operationId: OperationId, contentType: string | undefined, body: unknown): ValidationResult;
  /** rawValue is the string as sent in the URL/header; primitive schemas are coerced OpenAPI-style ("true" → boolean). */
  validateParameter(operationId: OperationId, location: ParameterLocation, name: string, rawValue: string): ValidationResult;
}
