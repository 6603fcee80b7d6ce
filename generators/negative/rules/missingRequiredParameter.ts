/**
 * Drops one required query parameter. Credential parameters are left to their domain rules
 * (missing-apikey, missing-token) so a case never carries two labels; on a document whose only
 * required parameter is `apikey` this rule applies to no operation.
 */
import * as fc from 'fast-check';
import type { NegativeRule } from '../negativeRule.ts';
import { targetedRule } from '../targetedRule.ts';
import { withoutQuery } from '../../operation/caseEdits.ts';
import type { OperationSpec } from '../../../engine/contract/types.ts';
import type { GenerationContext } from '../../operation/generationContext.ts';

const targets = (op: OperationSpec, ctx: GenerationContext) => {
  const credentials = ctx.profile.credentialParameters(ctx.contract).map((n) => n.toLowerCase());
  return op.parameters.filter((p) => p.in === 'query' && p.required && !credentials.includes(p.name.toLowerCase()));
};

export const missingRequiredParameter: NegativeRule = targetedRule({
  name: 'missing-required-parameter',
  family: 'schema',
  expected: 'a 400 (a required parameter is missing)',
  targets,
  mutation: (found) =>
    fc.constantFrom(...found).map((p) => ({ detail: `query parameter "${p.name}" removed`, apply: (c) => withoutQuery(c, p.name) })),
});
