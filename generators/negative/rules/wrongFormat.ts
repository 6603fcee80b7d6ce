/**
 * Puts a non-blank string that breaks the declared `format` into a query parameter or body
 * property. When a header overrides that parameter (a token's header form), the header is
 * removed, because it would win and hide the query value.
 */
import * as fc from 'fast-check';
import type { NegativeRule } from '../negativeRule.ts';
import { bodyPropertiesOf } from '../bodySchemaOf.ts';
import { valueRule, type ValueTarget } from '../valueRule.ts';
import { withoutHeader } from '../../operation/caseEdits.ts';
import type { OperationSpec } from '../../../engine/contract/types.ts';
import type { GenerationContext } from '../../operation/generationContext.ts';

const notUuid = fc.oneof(
  fc.uuid().map((u) => u.slice(0, 35)),
  fc.uuid().map((u) => u.replace(/-/g, '')),
  fc.uuid().map((u) => `${u}0`),
  fc.uuid().map((u) => `{${u}}`),
  fc.stringMatching(/^[g-z]{4,12}$/),
);
const broken: Readonly<Record<string, fc.Arbitrary<string>>> = {
  uuid: notUuid,
  'date-time': fc.constantFrom('2024-13-01T00:00:00Z', 'yesterday', '2024-01-01 00:00'),
  date: fc.constantFrom('2024-02-30', '01/02/2024', 'today'),
  uri: fc.constantFrom('not a uri', '://missing-scheme', 'http//x'),
  email: fc.constantFrom('no-at-sign', 'a@', '@b.c'),
};

const values = (format: string) => broken[format]!.map((value) => ({ value, why: `not a ${format}` }));

function targets(op: OperationSpec, ctx: GenerationContext): ValueTarget[] {
  const found: ValueTarget[] = [];
  for (const p of op.parameters) {
    const format = typeof p.schema === 'object' ? p.schema.format : undefined;
    if (p.in !== 'query' || typeof format !== 'string' || !(format in broken)) continue;
    const overriding = ctx.profile.headerOverriding(p.name, ctx.contract);
    found.push({
      where: 'query',
      name: p.name,
      values: values(format),
      ...(overriding === undefined ? {} : { reveal: (c) => withoutHeader(c, overriding) }),
    });
  }
  for (const [name, s] of bodyPropertiesOf(op, ctx.contract))
    if (typeof s.format === 'string' && s.format in broken) found.push({ where: 'body', name, values: values(s.format) });
  return found;
}

export const wrongFormat: NegativeRule = valueRule({
  name: 'wrong-format',
  expected: 'a 4xx naming the bad value',
  targets,
});
