/**
 * Gives the body (root) or one body property a JSON type its schema does not allow.
 * Exclusions, so the vendor cannot accept the case anyway: the types the vendor coerces into the
 * declared one (the profile's `coercedBodyTypes`) and `null` for optional properties and map values (a .NET
 * deserialiser reads null as "not sent", which the vendor then ignores).
 */
import * as fc from 'fast-check';
import type { NegativeRule } from '../negativeRule.ts';
import { targetedRule } from '../targetedRule.ts';
import { bodyPropertiesOf, bodySchemaOf } from '../bodySchemaOf.ts';
import { withBodyPointer } from '../bodyEdits.ts';
import type { OperationSpec } from '../../../engine/contract/types.ts';
import type { Case } from '../../../engine/case/case.ts';
import type { GenerationContext } from '../../operation/generationContext.ts';
import type { SchemaObject } from '../../schema/keywordDefinition.ts';

const samples: ReadonlyArray<readonly [string, unknown]> = [
  ['string', 'text'],
  ['number', 4.5],
  ['integer', 42],
  ['boolean', true],
  ['null', null],
  ['object', { a: 1 }],
  ['array', ['a']],
];

interface Target {
  readonly pointer: string;
  readonly values: readonly unknown[];
}

function typesOf(schema: SchemaObject): string[] {
  const t = schema.type;
  const list = Array.isArray(t) ? t.map(String) : typeof t === 'string' ? [t] : [];
  return list.includes('number') ? [...list, 'integer'] : list;
}

function wrongValues(schema: SchemaObject, exclude: readonly string[]): unknown[] {
  const allowed = typesOf(schema);
  if (allowed.length === 0) return [];
  return samples.filter(([t]) => !allowed.includes(t) && !exclude.includes(t)).map(([, v]) => v);
}

function targets(op: OperationSpec, ctx: GenerationContext): Target[] {
  const root = bodySchemaOf(op, ctx.contract);
  if (root === undefined) return [];
  const required = (root.required as string[] | undefined) ?? [];
  const out: Target[] = [{ pointer: '', values: wrongValues(root, []) }];
  for (const [name, schema] of bodyPropertiesOf(op, ctx.contract)) {
    const exclude = [...(ctx.profile.coercedBodyTypes[name] ?? []), ...(required.includes(name) ? [] : ['null'])];
    out.push({ pointer: `/${name}`, values: wrongValues(schema, exclude) });
    const values = schema.additionalProperties;
    if (typeof values === 'object' && values !== null)
      out.push({ pointer: `/${name}/question-0`, values: wrongValues(values as SchemaObject, ['null']) });
  }
  return out.filter((t) => t.values.length > 0);
}

export const wrongType: NegativeRule = targetedRule({
  name: 'wrong-type',
  family: 'schema',
  expected: 'a 4xx naming the property (or the body) of the wrong type',
  targets,
  mutation: (found) =>
    fc.oneof(
      ...found.map((t) =>
        fc.constantFrom(...t.values).map((value) => ({
          detail: `body ${t.pointer || '(root)'} set to a ${Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value}`,
          apply: (c: Case) => withBodyPointer(c, t.pointer, value),
        })),
      ),
    ),
});
