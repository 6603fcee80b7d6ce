/**
 * Makes a required body string 16–90 KB long (digits, so it still looks like a code): far beyond
 * anything the vendor accepts, yet under the mock's 1 MB body cap. Only required string
 * properties are targets (`otp`): optional lockout fields are ignored by the vendor when the
 * account is not locked, so oversizing them would still be positive; query values are left
 * alone because a URL that long hits the HTTP header limit before the vendor sees it.
 */
import * as fc from 'fast-check';
import type { NegativeRule } from '../negativeRule.ts';
import { targetedRule } from '../targetedRule.ts';
import { bodyPropertiesOf, bodySchemaOf } from '../bodySchemaOf.ts';
import { withBodyKey } from '../bodyEdits.ts';
import type { OperationSpec } from '../../../engine/contract/types.ts';
import type { GenerationContext } from '../../operation/generationContext.ts';

const OVERSIZED_MIN = 16 * 1024;
const OVERSIZED_MAX = 90 * 1024;

function targets(op: OperationSpec, ctx: GenerationContext): string[] {
  const required = (bodySchemaOf(op, ctx.contract)?.required as string[] | undefined) ?? [];
  return bodyPropertiesOf(op, ctx.contract)
    .filter(
      ([name, s]) => required.includes(name) && s.type === 'string' && (typeof s.maxLength !== 'number' || s.maxLength >= OVERSIZED_MIN),
    )
    .map(([name]) => name);
}

export const oversizedValue: NegativeRule = targetedRule({
  name: 'oversized-value',
  family: 'domain',
  expected: 'a 4xx (a value far beyond any limit)',
  targets,
  mutation: (names) =>
    fc
      .tuple(fc.constantFrom(...names), fc.integer({ min: OVERSIZED_MIN, max: OVERSIZED_MAX }), fc.constantFrom('1', '9', '0'))
      .map(([name, length, digit]) => ({
        detail: `body ${name}: ${length} characters`,
        apply: (c) => withBodyKey(c, name, digit.repeat(length)),
      })),
});
