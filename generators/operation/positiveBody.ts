/**
 * A positive JSON body for an operation that takes one: drawn from the body schema (so extra
 * keys of an open schema appear too), then the vendor profile's fields set on it (a fresh
 * one-time code, optional fields the vendor ignores in this state).
 */
import * as fc from 'fast-check';
import type { OperationSpec } from '../../engine/contract/types.ts';
import { fromSchema } from '../schema/fromSchema.ts';
import type { GenerationContext } from './generationContext.ts';

export const JSON_MEDIA_TYPE = 'application/json';
/** Spellings of the JSON media type the vendor accepts (media types are case-insensitive). */
const jsonMediaTypes = fc.constantFrom(JSON_MEDIA_TYPE, 'application/json; charset=utf-8', 'Application/JSON');

export interface PositiveBody {
  readonly value: Record<string, unknown>;
  readonly mediaType: string;
}

export function positiveBody(op: OperationSpec, ctx: GenerationContext, extraKeys: boolean): fc.Arbitrary<PositiveBody> | undefined {
  const media = op.requestBody?.content[JSON_MEDIA_TYPE];
  if (media === undefined) return undefined;
  const drawn = fromSchema(media.schema, {
    resolveRef: ctx.contract.resolveRef,
    optionalProperties: 'never',
    additionalProperties: extraKeys ? 'sometimes' : 'never',
  });
  const reserved = new Set(ctx.profile.reservedBodyKeys.map((k) => k.toLowerCase()));
  return fc.tuple(drawn, ctx.profile.positiveBodyFields(op, ctx), jsonMediaTypes).map(([base, fields, mediaType]) => {
    const value: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(base as Record<string, unknown>)) if (!reserved.has(k.toLowerCase())) value[k] = v;
    Object.assign(value, fields);
    return { value, mediaType };
  });
}
