/**
 * An operation's `responses` → `ResponseSpec`s keyed by the status as written ('200', '4XX', 'default'),
 * with lower-cased header names and the `x-error-codes` list.
 */
import type { JsonSchema, ResponseHeaderSpec, ResponseSpec } from './types.ts';
import { ContractError } from './ContractError.ts';
import { deref, isRecord, type DerefContext } from './deref.ts';
import { buildMediaTypes } from './buildMediaTypes.ts';
import { escapePointerSegment } from './jsonPointer.ts';

export function buildResponses(ctx: DerefContext, responses: unknown, at: string): Record<string, ResponseSpec> {
  if (!isRecord(responses) || Object.keys(responses).length === 0) {
    throw new ContractError({
      file: ctx.file,
      where: at,
      problem: 'operation has no responses',
      fix: 'document at least the 200 response',
    });
  }
  const result: Record<string, ResponseSpec> = {};
  for (const [status, raw] of Object.entries(responses)) {
    const where = `${at}/${escapePointerSegment(status)}`;
    const r = deref(ctx, raw, where);
    result[status] = {
      status,
      description: typeof r.description === 'string' ? r.description : '',
      content: buildMediaTypes(ctx, r.content, `${where}/content`),
      headers: buildHeaders(ctx, r.headers, `${where}/headers`),
      errorCodes: errorCodesOf(ctx, r['x-error-codes'], `${where}/x-error-codes`),
    };
  }
  return result;
}

function buildHeaders(ctx: DerefContext, headers: unknown, at: string): Record<string, ResponseHeaderSpec> {
  const result: Record<string, ResponseHeaderSpec> = {};
  if (!isRecord(headers)) return result;
  for (const [name, raw] of Object.entries(headers)) {
    const h = deref(ctx, raw, `${at}/${escapePointerSegment(name)}`);
    result[name.toLowerCase()] = { required: h.required === true, schema: (h.schema ?? true) as JsonSchema };
  }
  return result;
}

function errorCodesOf(ctx: DerefContext, value: unknown, at: string): number[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((c) => Number.isInteger(c))) {
    throw new ContractError({
      file: ctx.file,
      where: at,
      problem: 'x-error-codes must be a list of integers',
      fix: 'write it as e.g. [908, 1060]',
    });
  }
  return value as number[];
}
