/**
 * A positive raw (string) value for one non-credential query parameter: the vendor profile's own
 * values where it has them (spellings it accepts, values that would change the request's meaning
 * left out), else drawn from the schema.
 */
import * as fc from 'fast-check';
import type { Contract, JsonSchema, ParameterSpec } from '../../engine/contract/types.ts';
import { fromSchema } from '../schema/fromSchema.ts';
import type { GenerationContext } from './generationContext.ts';

function resolved(contract: Contract, schema: JsonSchema): JsonSchema {
  return typeof schema === 'object' && typeof schema.$ref === 'string' ? contract.resolveRef(schema.$ref) : schema;
}

export function positiveParameterValue<C>(ctx: GenerationContext<C>, param: ParameterSpec): fc.Arbitrary<string> {
  const schema = resolved(ctx.contract, param.schema);
  const vendor = ctx.profile.positiveParameterValue(param, schema);
  if (vendor !== undefined) return vendor;
  if (typeof schema === 'object' && schema.type === 'boolean') return fc.constantFrom('false', 'true');
  // Non-string values (numbers) are written as their JSON text, which is how they appear in a URL.
  return fromSchema(schema, { resolveRef: ctx.contract.resolveRef }).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
}
