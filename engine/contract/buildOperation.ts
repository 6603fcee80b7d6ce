/**
 * One path-item method → `OperationSpec`. Security falls back to the document-level requirement,
 * as OpenAPI specifies; an operation without a non-empty `operationId` is a load error (the id
 * keys validators, cases and reports).
 */
import type { HttpMethod, OperationId, OperationSpec, RequestBodySpec, SecurityRequirement } from './types.ts';
import { ContractError } from './ContractError.ts';
import { deref, isRecord, type DerefContext } from './deref.ts';
import { buildParameters } from './buildParameters.ts';
import { buildMediaTypes } from './buildMediaTypes.ts';
import { buildResponses } from './buildResponses.ts';
import { pointerOf } from './jsonPointer.ts';

export const HTTP_METHODS: readonly HttpMethod[] = ['GET', 'PUT', 'POST', 'PATCH', 'DELETE'];

export function buildOperation(
  ctx: DerefContext,
  path: string,
  pathItem: Record<string, unknown>,
  method: HttpMethod,
  rootSecurity: unknown,
): OperationSpec {
  const pathAt = pointerOf(['paths', path]);
  const at = pointerOf(['paths', path, method.toLowerCase()]);
  const op = deref(ctx, pathItem[method.toLowerCase()], at);
  const operationId = checkOperationId(ctx, op.operationId, at);
  const requestBody = op.requestBody === undefined ? undefined : buildRequestBody(ctx, op.requestBody, `${at}/requestBody`);
  return {
    operationId,
    method,
    path,
    summary: typeof op.summary === 'string' ? op.summary : '',
    parameters: buildParameters(ctx, pathItem.parameters, pathAt, op.parameters, at),
    ...(requestBody ? { requestBody } : {}),
    responses: buildResponses(ctx, op.responses, `${at}/responses`),
    security: securityOf(op.security ?? rootSecurity),
  };
}

function checkOperationId(ctx: DerefContext, value: unknown, at: string): OperationId {
  if (typeof value === 'string' && value.trim() !== '') return value;
  throw new ContractError({
    file: ctx.file,
    where: `${at}/operationId`,
    problem: value === undefined ? 'operation has no operationId' : `operationId must be a non-empty string, got ${JSON.stringify(value)}`,
    fix: 'give every operation a unique operationId (the vendor SDK function name is a good choice)',
  });
}

function buildRequestBody(ctx: DerefContext, raw: unknown, at: string): RequestBodySpec {
  const body = deref(ctx, raw, at);
  return { required: body.required === true, content: buildMediaTypes(ctx, body.content, `${at}/content`) };
}

function securityOf(value: unknown): SecurityRequirement[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(isRecord)
    .map((req) => Object.fromEntries(Object.entries(req).map(([name, scopes]) => [name, Array.isArray(scopes) ? scopes.map(String) : []])));
}
