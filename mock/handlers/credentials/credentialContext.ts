/**
 * What a credential endpoint (login, tokens, enrolment, account update) receives, and the guards they
 * share: the apikey (908/901), the API secret header (908/902), a live access token (1060/905/906)
 * and a JSON body read with lower-cased keys (1083/1079). Each guard answers an error or the value.
 */
import { errorResponse, type ErrorName } from '../../http/errorCatalogue.ts';
import { parseQueryString } from '../../http/parseRequestLine.ts';
import type { TenantFixture, UserFixture } from '../../fixtures/fixtureTypes.ts';
import type { MockRequest, MockResponse } from '../../http/mockTypes.ts';
import type { Redeemed } from '../../state/credentialStore.ts';
import type { MockState } from '../../state/mockState.ts';

export interface CredentialContext {
  readonly request: MockRequest;
  readonly state: MockState;
  readonly now: number;
  /** The `{uid}` of a path such as /manage/account/{uid}. */
  readonly pathUid?: string;
}

export type Guarded<T> = { readonly value: T } | { readonly error: MockResponse };

export function tenantOf(ctx: CredentialContext): Guarded<TenantFixture> {
  const apiKey = (ctx.request.query.get('apikey') ?? '').trim();
  if (apiKey === '') return { error: errorResponse('apikeyMissing') };
  const tenant = ctx.state.tenantsByKey.get(apiKey);
  return tenant ? { value: tenant } : { error: errorResponse('apikeyInvalid') };
}

/** The errors of each single-use token a query carries: missing, expired, and unknown or used. */
const SINGLE_USE_TOKENS = {
  secondfactorauthenticationtoken: { missing: 'sfaTokenMissing', expired: 'sfaTokenExpired', invalid: 'sfaTokenInvalid' },
  refresh_token: { missing: 'refreshTokenMissing', expired: 'refreshTokenExpired', invalid: 'refreshTokenInvalid' },
} as const satisfies Record<string, Record<'missing' | 'expired' | 'invalid', ErrorName>>;

/** A single-use token of the query (login step, refresh), redeemed at the store: the token and what it stands for. */
export function redeemQueryToken<T>(
  ctx: CredentialContext,
  name: keyof typeof SINGLE_USE_TOKENS,
  redeem: (token: string, now: number) => Redeemed<T>,
): Guarded<{ readonly token: string; readonly redeemed: T }> {
  const errors = SINGLE_USE_TOKENS[name];
  const token = (ctx.request.query.get(name) ?? '').trim();
  if (token === '') return { error: errorResponse(errors.missing) };
  const result = redeem(token, ctx.now);
  if ('error' in result) return { error: errorResponse(result.error === 'expired' ? errors.expired : errors.invalid) };
  return { value: { token, redeemed: result.ok } };
}

/** Management calls: apikey, then the secret (header `X-LoginRadius-ApiSecret`, or the `apisecret` query). */
export function managedTenantOf(ctx: CredentialContext): Guarded<TenantFixture> {
  const tenant = tenantOf(ctx);
  if ('error' in tenant) return tenant;
  const header = ctx.request.headers['x-loginradius-apisecret'];
  const secret = (typeof header === 'string' ? header : (ctx.request.query.get('apisecret') ?? '')).trim();
  if (secret === '') return { error: errorResponse('apiSecretMissing') };
  return secret === tenant.value.apiSecret ? tenant : { error: errorResponse('apiSecretInvalid') };
}

/** The user of a live access token (Bearer header wins over the access_token query). */
export function userOfToken(ctx: CredentialContext, tenant: TenantFixture): Guarded<UserFixture> {
  const header = ctx.request.headers.authorization ?? '';
  const bearer = /^bearer\s+(.+)$/i.exec(header)?.[1]?.trim() ?? '';
  const token = bearer || (ctx.request.query.get('access_token') ?? '').trim();
  if (token === '') return { error: errorResponse('tokenMissing') };
  const fixed = ctx.state.tokens.get(token);
  const issued = ctx.state.issued.accessTokens.get(token);
  const user = fixed?.kind === 'valid' ? fixed.user : issued?.user;
  if (fixed?.kind === 'expired' && fixed.user.tenant === tenant.name) return { error: errorResponse('tokenExpired') };
  if (!user || user.tenant !== tenant.name) return { error: errorResponse('tokenInvalid') };
  if (issued && ctx.now >= issued.expiresAt) return { error: errorResponse('tokenExpired') };
  return { value: user };
}

/** The JSON (or form) body as a map of lower-cased keys. */
export function bodyOf(ctx: CredentialContext): Guarded<ReadonlyMap<string, unknown>> {
  const type = (ctx.request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const text = ctx.request.rawBody ? ctx.request.rawBody.toString('utf8') : '';
  if (type === 'application/x-www-form-urlencoded') return { value: parseQueryString(text) };
  if (type !== 'application/json') return { error: errorResponse('contentType') };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { error: errorResponse('bodyNotJson') };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { error: errorResponse('bodyNotJson') };
  return { value: new Map(Object.entries(parsed).map(([k, v]) => [k.toLowerCase(), v])) };
}

/** A string field of the body ('' when absent or not a string/number). */
export function field(body: ReadonlyMap<string, unknown>, name: string): string {
  const v = body.get(name);
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}
