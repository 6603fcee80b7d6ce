/**
 * The typed view of the OpenAPI document that every other layer codes against.
 * Schemas are kept exactly as written in the document (local `$ref`s unresolved);
 * use `Contract.resolveRef` or the validation layer to follow them.
 */
import type { OpenAPIV3_1 } from 'openapi-types';

/** A JSON Schema (2020-12 dialect, as OpenAPI 3.1 uses) taken verbatim from the document. */
export type JsonSchema = boolean | { readonly [keyword: string]: unknown };

export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';

/** An operation's `operationId`: whatever string the document declares. */
export type OperationId = string;

export type ParameterLocation = 'query' | 'header' | 'path' | 'cookie';

export interface ParameterSpec {
  readonly name: string;
  readonly in: ParameterLocation;
  readonly required: boolean;
  readonly schema: JsonSchema;
  /** `x-secret: true` in the document: the value must be redacted in every artifact. */
  readonly secret: boolean;
  /** `allowEmptyValue: true` in the document: an empty value (`isvoiceotp=`) counts as absent. Optional so hand-built specs stay valid. */
  readonly allowEmptyValue?: boolean;
  readonly example?: unknown;
}

export interface MediaTypeSpec {
  readonly schema: JsonSchema;
  /** Example values (from `example` and every `examples.*.value`), in document order. */
  readonly examples: readonly unknown[];
}

export interface RequestBodySpec {
  readonly required: boolean;
  /** Keyed by media type, e.g. `application/json`. */
  readonly content: Readonly<Record<string, MediaTypeSpec>>;
}

export interface ResponseHeaderSpec {
  readonly required: boolean;
  readonly schema: JsonSchema;
}

export interface ResponseSpec {
  /** As written in the document: `'200'`, `'4XX'` or `'default'`. */
  readonly status: string;
  readonly description: string;
  readonly content: Readonly<Record<string, MediaTypeSpec>>;
  /** Lower-cased header names. */
  readonly headers: Readonly<Record<string, ResponseHeaderSpec>>;
  /** `x-error-codes`: the vendor `ErrorCode`s this status can carry for this operation. */
  readonly errorCodes: readonly number[];
}

export type SecurityRequirement = Readonly<Record<string, readonly string[]>>;

export interface OperationSpec {
  readonly operationId: OperationId;
  readonly method: HttpMethod;
  /** Path template exactly as in the document, e.g. `/identity/v2/auth/account/reauth/2fa`. */
  readonly path: string;
  readonly summary: string;
  readonly parameters: readonly ParameterSpec[];
  readonly requestBody?: RequestBodySpec;
  /** Keyed by the status as written (`'200'`, `'4XX'`, `'default'`). */
  readonly responses: Readonly<Record<string, ResponseSpec>>;
  /** Alternatives (OR); each entry's schemes are all required (AND). */
  readonly security: readonly SecurityRequirement[];
}

export interface Contract {
  /** Absolute path of the document this contract was loaded from. */
  readonly sourcePath: string;
  readonly document: OpenAPIV3_1.Document;
  readonly operations: ReadonlyMap<OperationId, OperationSpec>;
  /** Throws a `ContractError` naming the id when it is not in the document. */
  operation(operationId: OperationId): OperationSpec;
  /** Follows a local JSON pointer `$ref` such as `#/components/schemas/Identity`. */
  resolveRef(ref: string): JsonSchema;
}
