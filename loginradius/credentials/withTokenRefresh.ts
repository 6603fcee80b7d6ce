/**
 * Sends a case with the account's current access token and, when the target says the token is no
 * longer good on a case that should be authorised, refreshes it once and resends once.
 *
 * Cases are generated with one token (the first the provider obtained, the "handle"); at send time the
 * handle is replaced by the current token wherever it appears. Only a case carrying the handle is ever
 * refreshed, so negative cases with an expired, revoked or malformed token keep their answer; a case
 * whose rule breaks authentication on purpose is never refreshed either. A positive case is refreshed
 * on 905/906/401; a negative case (whose own rule may legitimately answer 905) only on 906/401. A case
 * that still fails after the refresh is returned as is: a finding, never hidden.
 */
import type { Case } from '../../engine/case/case.ts';
import type { Exchange } from '../../engine/transport/exchange.ts';
import { errorCodeOf } from '../checks/errorEnvelope.ts';
import type { TokenProvider } from './tokenProvider.ts';

function swapToken(c: Case, from: string, to: string): Case | undefined {
  let found = false;
  const swap = (v: string): string => {
    if (!v.includes(from)) return v;
    found = true;
    return v.split(from).join(to);
  };
  const headers = Object.fromEntries(Object.entries(c.headers).map(([k, v]) => [k, swap(v)]));
  const query = c.query.map(([k, v]) => [k, swap(v)] as const);
  let body = c.body;
  if (body.kind === 'raw') body = { ...body, text: swap(body.text) };
  else if (body.kind === 'json' && JSON.stringify(body.value)?.includes(from))
    body = { ...body, value: JSON.parse(swap(JSON.stringify(body.value))) };
  return found ? { ...c, headers, query, body } : undefined;
}

function refusedToken(exchange: Exchange, positive: boolean): boolean {
  if (exchange.outcome.kind !== 'response') return false;
  if (exchange.outcome.status === 401) return true;
  const code = errorCodeOf(exchange.outcome.json);
  return code === 906 || (positive && code === 905);
}

export function withTokenRefresh(send: (c: Case) => Promise<Exchange>, provider: TokenProvider, handle: string) {
  return async (c: Case): Promise<Exchange> => {
    const token = await provider.token();
    const withToken = swapToken(c, handle, token);
    if (!withToken) return send(c);
    const first = await send(withToken);
    const authorised = c.label.kind === 'positive' || c.label.isAuthRule !== true;
    if (!authorised || !refusedToken(first, c.label.kind === 'positive')) return counted(first, provider);
    const renewed = await provider.refresh(token);
    if (renewed === token) return counted(first, provider);
    const second = await send(swapToken(c, handle, renewed) ?? c);
    return counted(second, provider);
  };
}

function counted(exchange: Exchange, provider: TokenProvider): Exchange {
  const refreshes = provider.claimRefreshes();
  return refreshes > 0 ? { ...exchange, tokenRefreshes: (exchange.tokenRefreshes ?? 0) + refreshes } : exchange;
}
