/**
 * Where and how the user's access token travels, by kind. Positive kinds: header (`Bearer`, any
 * scheme case — the vendor matches it case-insensitively), query `access_token`, or both (the
 * header wins). Negative kinds: missing, wrong scheme (→ 400 1060); malformed, revoked (→ 403 905);
 * expired (→ 403 906). Negative kinds put the token everywhere it is sent so nothing can rescue it.
 */
import * as fc from 'fast-check';
import type { TargetCredentials } from '../credentials/credentials.ts';
import type { Variant } from './variant.ts';

export interface TokenPlacement {
  /** The full `Authorization` header value, when sent. */
  readonly authorization?: string;
  /** The `access_token` query value, when sent. */
  readonly query?: string;
}

export const POSITIVE_TOKEN_KINDS = ['header', 'header-lowercase-scheme', 'query', 'both'] as const;
export const NEGATIVE_TOKEN_KINDS = ['missing', 'malformed', 'expired', 'revoked', 'wrong-scheme'] as const;
export type AccessTokenKind = (typeof POSITIVE_TOKEN_KINDS)[number] | (typeof NEGATIVE_TOKEN_KINDS)[number];
export type AccessTokenVariant = Variant<AccessTokenKind, TokenPlacement>;

const bearer = fc.constantFrom('Bearer', 'bearer', 'BEARER', 'BeArEr');

/** Non-empty, non-blank strings that are not GUIDs (so never a real token). */
export const malformedToken: fc.Arbitrary<string> = fc.oneof(
  fc.uuid().map((u) => u.slice(0, 20)),
  fc.uuid().map((u) => `${u}-extra`),
  fc.uuid().map((u) => u.replace(/-/g, '_')),
  fc.stringMatching(/^[g-z]{1,16}$/),
  fc.constant('null'),
  fc.constant('undefined'),
  fc.constant('"quoted"'),
);

/** Puts one token in the header, the query or both (drawn), for negative kinds. */
const anywhere = (token: fc.Arbitrary<string>): fc.Arbitrary<TokenPlacement> =>
  fc.tuple(token, bearer, fc.constantFrom('header', 'query', 'both')).map(([t, scheme, where]) => ({
    ...(where !== 'query' ? { authorization: `${scheme} ${t}` } : {}),
    ...(where !== 'header' ? { query: t } : {}),
  }));

export function accessTokenVariant(
  credentials: TargetCredentials,
  options: { readonly kinds?: readonly AccessTokenKind[] } = {},
): fc.Arbitrary<AccessTokenVariant> {
  const t = credentials.accessToken;
  const all: Record<AccessTokenKind, fc.Arbitrary<TokenPlacement> | undefined> = {
    header: fc.constant({ authorization: `Bearer ${t}` }),
    'header-lowercase-scheme': bearer.filter((s) => s !== 'Bearer').map((s) => ({ authorization: `${s} ${t}` })),
    query: fc.constant({ query: t }),
    both: bearer.map((s) => ({ authorization: `${s} ${t}`, query: t })),
    missing: fc.constant({}),
    malformed: anywhere(malformedToken),
    expired: credentials.expiredAccessToken === undefined ? undefined : anywhere(fc.constant(credentials.expiredAccessToken)),
    revoked: credentials.revokedAccessToken === undefined ? undefined : anywhere(fc.constant(credentials.revokedAccessToken)),
    'wrong-scheme': fc.oneof(
      fc.constant({ authorization: `Basic ${Buffer.from(`user:${t}`).toString('base64')}` }),
      fc.constantFrom('Basic', 'basic', 'Token', 'Digest').map((s) => ({ authorization: `${s} ${t}` })),
      fc.constant({ authorization: t }),
    ),
  };
  const available = (Object.keys(all) as AccessTokenKind[]).filter((k) => all[k] !== undefined);
  const kinds = options.kinds ?? available;
  const missing = kinds.filter((k) => !available.includes(k));
  if (kinds.length === 0 || missing.length > 0)
    throw new Error(
      `accessTokenVariant: kinds ${JSON.stringify(missing)} are not available (expired/revoked need those tokens in the credentials); choose from ${available.join(', ')}.`,
    );
  return fc.oneof(
    ...kinds.map((kind) => (all[kind] as fc.Arbitrary<TokenPlacement>).map((value): AccessTokenVariant => ({ kind, value }))),
  );
}
