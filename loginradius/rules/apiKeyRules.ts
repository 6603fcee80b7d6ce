/**
 * The API-key rules, one per kind of bad key (the key is always in the query's `apikey`
 * parameter, every other spelling of it removed). Outcomes per the decided table:
 * missing / empty / whitespace → 400 908; unknown GUID / not authorised → 403 901.
 */
import * as fc from 'fast-check';
import type { LoginRadiusRule } from './loginRadiusRule.ts';
import { apiKeyVariant, type ApiKeyKind } from '../generators/apiKeyVariant.ts';
import { credentialParameters } from '../generators/credentialParameters.ts';
import { withoutQuery, withQuery } from '../../generators/operation/caseEdits.ts';

function apiKeyRule(name: string, kind: ApiKeyKind, expected: string, detail: string): LoginRadiusRule {
  return {
    name,
    family: 'domain',
    expected,
    isAuthRule: true,
    applies: (_op, ctx) => kind !== 'unauthorised' || ctx.credentials.unauthorisedApiKey !== undefined,
    mutation: (_op, ctx) => {
      const param = credentialParameters(ctx.contract).apiKey;
      return apiKeyVariant(ctx.credentials, { kinds: [kind] }).map((v) => ({
        detail,
        apply: (c) => (v.value === undefined ? withoutQuery(c, param) : withQuery(c, param, v.value)),
      }));
    },
  };
}

export const missingApikey = apiKeyRule('missing-apikey', 'missing', '400 / 908', 'no apikey parameter');
export const emptyApikey = apiKeyRule('empty-apikey', 'empty', '400 / 908', 'apikey is empty');
export const whitespaceApikey = apiKeyRule('whitespace-apikey', 'whitespace', '400 / 908', 'apikey is only whitespace');
export const wrongApikey = apiKeyRule('wrong-apikey', 'unknown', '403 / 901', 'apikey is a GUID the target does not know');
export const unauthorisedApikey = apiKeyRule(
  'unauthorised-apikey',
  'unauthorised',
  '403 / 901',
  'apikey is well-formed but not authorised',
);

/** The valid key in `X-LoginRadius-ApiKey` instead of the query: `/auth/*` calls read the query only. */
export const apikeyInHeader: LoginRadiusRule = {
  name: 'apikey-in-header',
  family: 'domain',
  isAuthRule: true,
  expected: '400 / 908',
  applies: () => true,
  mutation: (_op, ctx) =>
    fc.constantFrom('X-LoginRadius-ApiKey', 'x-loginradius-apikey', 'apikey').map((header) => ({
      detail: `apikey sent as header ${header}, not in the query`,
      apply: (c) => {
        const without = withoutQuery(c, credentialParameters(ctx.contract).apiKey);
        return { ...without, headers: { ...without.headers, [header]: ctx.credentials.apiKey } };
      },
    })),
};
