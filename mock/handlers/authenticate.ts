/**
 * Step 1 and 2 of every vendor call: the apikey (908/901) then the access token (1060/905/906).
 * Token sources: `Authorization: Bearer` (scheme case-insensitive) wins over the `access_token` query;
 * a non-Bearer Authorization header does not count as a token.
 */
import { errorResponse } from '../http/errorCatalogue.ts';
import type { MockResponse } from '../http/mockTypes.ts';
import type { PipelineContext } from './pipelineContext.ts';

function bearerToken(header: string | undefined): string {
  if (!header) return '';
  const space = header.indexOf(' ');
  if (space === -1 || header.slice(0, space).toLowerCase() !== 'bearer') return '';
  return header.slice(space + 1).trim();
}

/** Returns an error response, or undefined after setting ctx.tenant and ctx.user. */
export function authenticate(ctx: PipelineContext): MockResponse | undefined {
  const { state, drift, request } = ctx;
  let apiKey = request.query.get('apikey') ?? '';
  if (apiKey.trim() === '') {
    if (drift.behaviour.requireApiKey) return errorResponse('apikeyMissing');
    apiKey = state.fixture.tenants[0]!.apiKey;
  }
  const tenant = state.tenantsByKey.get(apiKey);
  if (!tenant) return errorResponse('apikeyInvalid');
  ctx.tenant = tenant;

  const token = bearerToken(request.headers.authorization) || (request.query.get('access_token') ?? '').trim();
  const issued = token ? state.issued.accessTokens.get(token) : undefined;
  const record = token ? (state.tokens.get(token) ?? (issued ? { user: issued.user, kind: 'valid' as const } : undefined)) : undefined;
  let failure: MockResponse | undefined;
  // A token expires on its account's clock.
  if (!token) failure = errorResponse('tokenMissing');
  else if (issued && ctx.accountNow(record!.user.uid) >= issued.expiresAt && record!.user.tenant === tenant.name)
    failure = errorResponse('tokenExpired');
  else if (!record || record.user.tenant !== tenant.name || record.kind === 'revoked') failure = errorResponse('tokenInvalid');
  else if (record.kind === 'expired') failure = errorResponse('tokenExpired');
  if (failure && drift.behaviour.enforceAuth) return failure;
  const user = failure ? state.positiveUserOf.get(tenant.name) : record!.user;
  ctx.user = state.user(user!.uid);
  // From here on (lockout, OTP), the request runs on its account's clock.
  ctx.now = ctx.accountNow(user!.uid);
  return undefined;
}
