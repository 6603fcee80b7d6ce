/**
 * The same case, sent as another test account of the tenant: every place that carries the first
 * account's access token (header, query, JSON body) carries the other's, and the case names the
 * account it was sent as (for reports). Used when an OTP code is drawn from another account.
 */
import type { Case } from '../../engine/case/case.ts';
import type { TargetCredentials } from './credentials.ts';

function swap(text: string, from: string, to: string): string {
  return from === to || from === '' ? text : text.split(from).join(to);
}

function swapDeep(value: unknown, from: string, to: string): unknown {
  if (typeof value === 'string') return swap(value, from, to);
  if (Array.isArray(value)) return value.map((v) => swapDeep(v, from, to));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, swapDeep(v, from, to)]));
  return value;
}

export function withAccount(c: Case, from: TargetCredentials, to: TargetCredentials, label: string): Case {
  const a = from.accessToken;
  const b = to.accessToken;
  return {
    ...c,
    query: c.query.map(([k, v]) => [k, swap(v, a, b)] as const),
    headers: Object.fromEntries(Object.entries(c.headers).map(([k, v]) => [k, swap(v, a, b)])),
    body:
      c.body.kind === 'json'
        ? { ...c.body, value: swapDeep(c.body.value, a, b) }
        : c.body.kind === 'raw'
          ? { ...c.body, text: swap(c.body.text, a, b) }
          : c.body,
    ...(label === '' ? {} : { account: label }),
  };
}
