/**
 * Path-level and operation-level parameters → `ParameterSpec`s. An operation-level parameter
 * replaces a path-level one with the same name and location, as OpenAPI specifies.
 */
import type { JsonSchema, ParameterLocation, ParameterSpec } from './types.ts';
import { ContractError } from './ContractError.ts';
import { deref, type DerefContext } from './deref.ts';
import { gatherExamples } from './buildMediaTypes.ts';

const LOCATIONS: readonly ParameterLocation[] = ['query', 'header', 'path', 'cookie'];

/**
 * @param pathAt - pointer of the path item (for messages)
 * @param operationAt - pointer of the operation (for messages)
 */
export function buildParameters(
  ctx: DerefContext,
  pathLevel: unknown,
  pathAt: string,
  operationLevel: unknown,
  operationAt: string,
): ParameterSpec[] {
  const byKey = new Map<string, ParameterSpec>();
  for (const [list, where] of [
    [pathLevel, `${pathAt}/parameters`],
    [operationLevel, `${operationAt}/parameters`],
  ] as const) {
    if (!Array.isArray(list)) continue;
    list.forEach((raw, i) => {
      const spec = buildParameter(ctx, raw, `${where}/${i}`);
      byKey.set(`${spec.in}:${spec.name.toLowerCase()}`, spec);
    });
  }
  return [...byKey.values()];
}

function buildParameter(ctx: DerefContext, raw: unknown, at: string): ParameterSpec {
  const p = deref(ctx, raw, at);
  const location = p.in as ParameterLocation;
  if (typeof p.name !== 'string' || !LOCATIONS.includes(location)) {
    throw new ContractError({
      file: ctx.file,
      where: at,
      problem: 'parameter without a name or with an unknown "in"',
      fix: `give it a name and one of in: ${LOCATIONS.join(' | ')}`,
    });
  }
  const examples = gatherExamples(ctx, p, at);
  return {
    name: p.name,
    in: location,
    required: p.required === true,
    schema: (p.schema ?? true) as JsonSchema,
    secret: p['x-secret'] === true,
    allowEmptyValue: p.allowEmptyValue === true,
    ...(examples.length > 0 ? { example: examples[0] } : {}),
  };
}
