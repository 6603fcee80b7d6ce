/**
 * Sends one query name twice with different values. The vendor joins repeats with "," (ASP.NET),
 * so only parameters whose joined value is refused are targets: the API key and the access token
 * (an unknown "a,b" credential) and `isvoiceotp` ("false,true" is no boolean). A free-text
 * parameter sent twice is just another string, i.e. positive, so it is not a target.
 * The two spellings of the name may differ in case: that alone is never the violation.
 */
import * as fc from 'fast-check';
import type { LoginRadiusGenerationContext, LoginRadiusRule } from './loginRadiusRule.ts';
import { credentialParameters } from '../generators/credentialParameters.ts';
import { oddlyCased } from '../../generators/operation/oddlyCased.ts';
import { withoutHeader, withoutQuery } from '../../generators/operation/caseEdits.ts';
import { unknownApiKey } from '../generators/apiKeyVariant.ts';
import { falseSpellings, trueSpellings } from '../generators/isVoiceOtp.ts';
import type { OperationSpec } from '../../engine/contract/types.ts';
import type { Case } from '../../engine/case/case.ts';

interface Target {
  readonly name: string;
  readonly first: fc.Arbitrary<string>;
  readonly second: fc.Arbitrary<string>;
  readonly dropHeader: boolean;
}

function targets(op: OperationSpec, ctx: LoginRadiusGenerationContext): Target[] {
  const names = credentialParameters(ctx.contract);
  const has = (n: string) => op.parameters.some((p) => p.in === 'query' && p.name.toLowerCase() === n.toLowerCase());
  const out: Target[] = [
    { name: names.apiKey, first: fc.constant(ctx.credentials.apiKey), second: unknownApiKey(ctx.credentials), dropHeader: false },
  ];
  if (has(names.accessToken)) {
    const other = fc.uuid().filter((u) => u.toLowerCase() !== ctx.credentials.accessToken.toLowerCase());
    out.push({ name: names.accessToken, first: fc.constant(ctx.credentials.accessToken), second: other, dropHeader: true });
  }
  if (has('isvoiceotp'))
    out.push({ name: 'isvoiceotp', first: falseSpellings, second: fc.oneof(trueSpellings, falseSpellings), dropHeader: false });
  return out;
}

export const duplicateParameter: LoginRadiusRule = {
  name: 'duplicate-parameter',
  family: 'http',
  expected: '403 / 901 (apikey), 403 / 905 (access_token), 400 / 908 (isvoiceotp)',
  applies: () => true,
  mutation: (op, ctx) =>
    fc.oneof(
      ...targets(op, ctx).map((t) =>
        fc
          .tuple(oddlyCased(t.name), oddlyCased(t.name), t.first, t.second, fc.boolean())
          .filter(([, , a, b]) => a !== b)
          .map(([n1, n2, a, b, swap]) => ({
            detail: `query "${t.name}" sent twice with different values${swap ? ' (valid one last)' : ''}`,
            apply: (c: Case) => {
              const base = withoutQuery(t.dropHeader ? withoutHeader(c, 'Authorization') : c, t.name);
              const pair: Array<readonly [string, string]> = swap
                ? [
                    [n1, b],
                    [n2, a],
                  ]
                : [
                    [n1, a],
                    [n2, b],
                  ];
              return { ...base, query: [...base.query, ...pair] };
            },
          })),
      ),
    ),
};
