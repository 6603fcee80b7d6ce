/**
 * A positive raw (string) value for one non-credential query parameter, drawn from its schema.
 * Booleans are spelled in any letter case (the vendor and the validator accept that).
 * `isvoiceotp` is only ever false/empty: `true` asks for a voice call, which a tenant without voice
 * OTP answers with 403/1281, so it is not a success-path value (the flow phase covers it).
 */
import * as fc from 'fast-check';
import type { Contract, JsonSchema, ParameterSpec } from '../../engine/contract/types.ts';
import { fromSchema } from '../schema/fromSchema.ts';
import { falseSpellings, trueSpellings } from '../../loginradius/generators/isVoiceOtp.ts';

function resolved(contract: Contract, schema: JsonSchema): JsonSchema {
  return typeof schema === 'object' && typeof schema.$ref === 'string' ? contract.resolveRef(schema.$ref) : schema;
}

export function positiveParameterValue(contract: Contract, param: ParameterSpec): fc.Arbitrary<string> {
  const schema = resolved(contract, param.schema);
  const isBoolean = typeof schema === 'object' && schema.type === 'boolean';
  if (isBoolean && param.name.toLowerCase() === 'isvoiceotp')
    return param.allowEmptyValue === true ? fc.oneof(falseSpellings, fc.constant('')) : falseSpellings;
  if (isBoolean) return fc.oneof(falseSpellings, trueSpellings);
  // Non-string values (numbers) are written as their JSON text, which is how they appear in a URL.
  return fromSchema(schema, { resolveRef: contract.resolveRef }).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
}
