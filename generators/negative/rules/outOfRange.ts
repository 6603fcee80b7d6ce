/**
 * Puts a value just outside a length or numeric bound (minLength/maxLength, minimum/maximum and
 * their exclusive forms) into a body property or a non-credential query parameter.
 */
import * as fc from 'fast-check';
import type { NegativeRule } from '../negativeRule.ts';
import { bodyPropertiesOf } from '../bodySchemaOf.ts';
import { valueRule, type ValueTarget } from '../valueRule.ts';
import type { OperationSpec } from '../../../engine/contract/types.ts';
import type { GenerationContext } from '../../operation/generationContext.ts';
import type { SchemaObject } from '../../schema/keywordDefinition.ts';

function outside(s: SchemaObject): Array<fc.Arbitrary<{ value: unknown; why: string }>> {
  const out: Array<fc.Arbitrary<{ value: unknown; why: string }>> = [];
  const n = (k: string): number | undefined => (typeof s[k] === 'number' ? (s[k] as number) : undefined);
  const minLength = n('minLength'),
    maxLength = n('maxLength');
  if (minLength !== undefined && minLength > 0)
    out.push(
      fc.integer({ min: 0, max: minLength - 1 }).map((len) => ({ value: '1'.repeat(len), why: `length ${len} < minLength ${minLength}` })),
    );
  if (maxLength !== undefined)
    out.push(
      fc
        .integer({ min: maxLength + 1, max: maxLength + 16 })
        .map((len) => ({ value: '1'.repeat(len), why: `length ${len} > maxLength ${maxLength}` })),
    );
  const low = n('exclusiveMinimum') ?? (n('minimum') === undefined ? undefined : n('minimum')! - 1);
  if (low !== undefined) out.push(fc.integer({ min: 0, max: 100 }).map((d) => ({ value: Math.floor(low) - d, why: 'below the minimum' })));
  const high = n('exclusiveMaximum') ?? (n('maximum') === undefined ? undefined : n('maximum')! + 1);
  if (high !== undefined) out.push(fc.integer({ min: 0, max: 100 }).map((d) => ({ value: Math.ceil(high) + d, why: 'above the maximum' })));
  return out;
}

function targets(op: OperationSpec, ctx: GenerationContext): ValueTarget[] {
  const credentials = ctx.profile.credentialParameters(ctx.contract).map((x) => x.toLowerCase());
  const found: ValueTarget[] = [];
  for (const [name, schema] of bodyPropertiesOf(op, ctx.contract)) {
    const arbs = outside(schema);
    if (arbs.length > 0) found.push({ where: 'body', name, values: fc.oneof(...arbs) });
  }
  for (const p of op.parameters) {
    if (p.in !== 'query' || credentials.includes(p.name.toLowerCase()) || typeof p.schema !== 'object') continue;
    const arbs = outside(p.schema);
    if (arbs.length > 0)
      found.push({ where: 'query', name: p.name, values: fc.oneof(...arbs).map((v) => ({ ...v, value: String(v.value) })) });
  }
  return found;
}

export const outOfRange: NegativeRule = valueRule({
  name: 'out-of-range',
  expected: 'a 400 (a value outside the declared range)',
  targets,
});
