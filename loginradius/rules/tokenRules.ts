/**
 * The access-token rules. Each puts the bad token everywhere it travels (or removes it
 * everywhere), so no valid token elsewhere can rescue the case. `malformed-token` uses the header
 * only: a malformed token in the `access_token` query is `wrong-format` (its schema is uuid).
 * Lower-case `bearer` and a token in both places are positive variants, never negative.
 */
import * as fc from 'fast-check';
import type { LoginRadiusRule } from './loginRadiusRule.ts';
import { accessTokenVariant, malformedToken, type AccessTokenKind } from '../generators/accessTokenVariant.ts';
import { credentialParameters } from '../generators/credentialParameters.ts';
import { withTokenPlacement } from './tokenEdits.ts';

function tokenRule(name: string, kind: AccessTokenKind, expected: string, detail: string): LoginRadiusRule {
  const needs = kind === 'expired' ? 'expiredAccessToken' : kind === 'revoked' ? 'revokedAccessToken' : undefined;
  return {
    name,
    family: 'domain',
    expected,
    isAuthRule: true,
    applies: (_op, ctx) => needs === undefined || ctx.credentials[needs] !== undefined,
    mutation: (_op, ctx) =>
      accessTokenVariant(ctx.credentials, { kinds: [kind] }).map((v) => ({
        detail: `${detail}${v.value.authorization !== undefined && v.value.query !== undefined ? ' (header and query)' : v.value.query !== undefined ? ' (query)' : v.value.authorization !== undefined ? ' (header)' : ''}`,
        apply: (c) => withTokenPlacement(c, credentialParameters(ctx.contract).accessToken, v.value),
      })),
  };
}

export const missingToken = tokenRule('missing-token', 'missing', '400 / 1060', 'no Authorization header and no access_token');
export const expiredToken = tokenRule('expired-token', 'expired', '403 / 906', 'the expired access token');
export const revokedToken = tokenRule('revoked-token', 'revoked', '403 / 905', 'the revoked access token');
export const wrongAuthScheme = tokenRule('wrong-auth-scheme', 'wrong-scheme', '400 / 1060', 'Authorization with a non-Bearer scheme');

export const malformedTokenRule: LoginRadiusRule = {
  name: 'malformed-token',
  isAuthRule: true,
  family: 'domain',
  expected: '403 / 905',
  applies: () => true,
  mutation: (_op, ctx) =>
    fc.tuple(malformedToken, fc.constantFrom('Bearer', 'bearer')).map(([token, scheme]) => ({
      detail: 'Bearer header with a token that is not a GUID',
      apply: (c) => withTokenPlacement(c, credentialParameters(ctx.contract).accessToken, { authorization: `${scheme} ${token}` }),
    })),
};
