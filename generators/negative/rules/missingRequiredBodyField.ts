/** Drops one required property of the JSON body (every spelling of it). */
import * as fc from 'fast-check';
import type { NegativeRule } from '../negativeRule.ts';
import { targetedRule } from '../targetedRule.ts';
import { bodySchemaOf } from '../bodySchemaOf.ts';
import { withoutBodyKey } from '../bodyEdits.ts';
import type { OperationSpec } from '../../../engine/contract/types.ts';
import type { GenerationContext } from '../../operation/generationContext.ts';

const required = (op: OperationSpec, ctx: GenerationContext): string[] =>
  (bodySchemaOf(op, ctx.contract)?.required as string[] | undefined) ?? [];

export const missingRequiredBodyField: NegativeRule = targetedRule({
  name: 'missing-required-body-field',
  family: 'schema',
  expected: 'a 400 (a required field is missing)',
  targets: required,
  mutation: (keys) =>
    fc.constantFrom(...keys).map((key) => ({ detail: `body property "${key}" removed`, apply: (c) => withoutBodyKey(c, key) })),
});
