/**
 * One case per edge of each constrained field an operation takes: a non-credential query parameter
 * or a JSON body property, set to a boundary value on an otherwise positive base case (the
 * operation's first document example, else its first positive sample). An edge inside the schema
 * is a positive case labelled with the edge; an edge just outside it is a case of the out-of-range
 * rule, when that rule applies to the operation. Fields whose values the vendor profile owns
 * (credentials, parameters with vendor values, body fields set on every example, reserved keys)
 * are left out: their edges mean something else to the vendor than to the schema.
 */
import * as fc from 'fast-check';
import type { Case } from '../../engine/case/case.ts';
import type { OperationSpec } from '../../engine/contract/types.ts';
import { applicableRules } from '../negative/negativeCase.ts';
import { bodyPropertiesOf } from '../negative/bodySchemaOf.ts';
import { withBodyKey } from '../negative/bodyEdits.ts';
import { outOfRange } from '../negative/rules/outOfRange.ts';
import { withQuery } from '../operation/caseEdits.ts';
import { exampleCases } from '../operation/exampleCases.ts';
import type { GenerationContext } from '../operation/generationContext.ts';
import { positiveCase } from '../operation/positiveCase.ts';
import { boundaryValues } from './boundaryValues.ts';

export interface BoundaryCase {
  readonly case: Case;
  /** The value satisfies the field's schema. */
  readonly valid: boolean;
}

interface Field {
  readonly where: 'query' | 'body';
  readonly name: string;
  readonly schema: Parameters<typeof boundaryValues>[0];
}

function fieldsOf<C>(op: OperationSpec, ctx: GenerationContext<C>): Field[] {
  const lower = (names: Iterable<string>) => new Set([...names].map((n) => n.toLowerCase()));
  const credentials = lower(ctx.profile.credentialParameters(ctx.contract));
  const owned = lower([...ctx.profile.reservedBodyKeys, ...Object.keys(ctx.profile.exampleBodyFields(op, ctx))]);
  const resolved = (s: Field['schema']) => (typeof s === 'object' && typeof s.$ref === 'string' ? ctx.contract.resolveRef(s.$ref) : s);
  const query = op.parameters
    .filter((p) => p.in === 'query' && !credentials.has(p.name.toLowerCase()))
    .filter((p) => ctx.profile.positiveParameterValue(p, resolved(p.schema)) === undefined)
    .map((p): Field => ({ where: 'query', name: p.name, schema: resolved(p.schema) }));
  const body = bodyPropertiesOf(op, ctx.contract)
    .filter(([name]) => !owned.has(name.toLowerCase()))
    .map(([name, schema]): Field => ({ where: 'body', name, schema }));
  return [...query, ...body];
}

export function boundaryCases<C>(op: OperationSpec, ctx: GenerationContext<C>, options: { readonly seed: number }): BoundaryCase[] {
  const fields = fieldsOf(op, ctx);
  if (fields.length === 0) return [];
  const base =
    exampleCases(op, ctx)[0] ??
    fc.sample(positiveCase(op, ctx, { varyCase: false, extraBodyKeys: false }), { seed: options.seed, numRuns: 1 })[0]!;
  const outside = applicableRules(op, ctx).some((r) => r.name === outOfRange.name);
  const out: BoundaryCase[] = [];
  for (const field of fields)
    for (const edge of boundaryValues(field.schema, { seed: options.seed, resolveRef: ctx.contract.resolveRef })) {
      if (!edge.valid && !outside) continue;
      const text = typeof edge.value === 'string' ? edge.value : JSON.stringify(edge.value);
      const set = field.where === 'query' ? withQuery(base, field.name, text) : withBodyKey(base, field.name, edge.value);
      const where = `${field.where} ${field.name}: ${edge.why}`;
      out.push({
        valid: edge.valid,
        case: {
          ...set,
          label: edge.valid
            ? { kind: 'positive', boundary: where }
            : { kind: 'negative', rule: outOfRange.name, detail: `${where} (boundary)` },
        },
      });
    }
  return out;
}
