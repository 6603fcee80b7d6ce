/**
 * A positive JSON body for an operation that takes one: drawn from the body schema (so extra
 * keys of an open schema appear too), then `otp` set to the current TOTP code and any
 * schema-valid lockout fields added — the account is not locked, so the vendor ignores them.
 */
import * as fc from 'fast-check';
import type { OperationSpec } from '../../engine/contract/types.ts';
import { fromSchema } from '../schema/fromSchema.ts';
import { lockoutFieldsVariant, SCHEMA_VALID_LOCKOUT_KINDS } from '../../loginradius/generators/lockoutFieldsVariant.ts';
import { totpCode } from '../../loginradius/generators/totpCode.ts';
import type { GenerationContext } from './generationContext.ts';

export const JSON_MEDIA_TYPE = 'application/json';
/** Spellings of the JSON media type the vendor accepts (media types are case-insensitive). */
const jsonMediaTypes = fc.constantFrom(JSON_MEDIA_TYPE, 'application/json; charset=utf-8', 'Application/JSON');
/** Keys the vendor reads as credentials if present in a body; extra keys must not be these. */
const reserved = new Set(['access_token', 'apikey']);

export interface PositiveBody {
  readonly value: Record<string, unknown>;
  readonly mediaType: string;
}

export function positiveBody(op: OperationSpec, ctx: GenerationContext, extraKeys: boolean): fc.Arbitrary<PositiveBody> | undefined {
  const media = op.requestBody?.content[JSON_MEDIA_TYPE];
  if (media === undefined) return undefined;
  const drawn = fromSchema(media.schema, {
    resolveRef: ctx.contract.resolveRef, optionalProperties: 'never', additionalProperties: extraKeys ? 'sometimes' : 'never',
  });
  const otp = fc.constant(null).map(() => totpCode(ctx.credentials.totpSecret, ctx.clock()));
  const lockout = lockoutFieldsVariant(ctx.credentials, { kinds: SCHEMA_VALID_LOCKOUT_KINDS });
  return fc.tuple(drawn, lockout, otp, jsonMediaTypes).map(([base, l, code, mediaType]) => {
    const value: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(base as Record<string, unknown>)) if (!reserved.has(k.toLowerCase())) value[k] = v;
    Object.assign(value, l.value, { otp: code });
    return { value, mediaType };
  });
}
