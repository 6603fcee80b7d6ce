/**
 * The send wrapper: the current token replaces the generation-time one; a refused token on a case that
 * should be authorised is refreshed once and resent once; negative token cases are never refreshed away.
 */
import { test, expect } from '@playwright/test';
import type { Case, CaseLabel } from '../../../engine/case/case.ts';
import type { Exchange } from '../../../engine/transport/exchange.ts';
import { renewingProvider } from '../../../loginradius/credentials/tokenProvider.ts';
import { withTokenRefresh } from '../../../loginradius/credentials/withTokenRefresh.ts';

const HANDLE = 'handle-token-0000';

function caseWith(token: string, label: CaseLabel = { kind: 'positive' }): Case {
  return {
    operationId: 'mfaReAuthenticate',
    method: 'GET',
    path: '/identity/v2/auth/account/reauth/2fa',
    query: [['access_token', token]],
    headers: { Authorization: `Bearer ${token}` },
    body: { kind: 'none' },
    label,
  };
}

/** A target that accepts only `valid` and answers `code` to any other token. */
function target(valid: { token: string }, code = 906) {
  const sent: Case[] = [];
  const send = async (c: Case): Promise<Exchange> => {
    sent.push(c);
    const ok = c.headers['Authorization'] === `Bearer ${valid.token}`;
    const json = ok ? {} : { ErrorCode: code, Message: 'token', Description: 'token' };
    return {
      case: c,
      outcome: { kind: 'response', status: ok ? 200 : 403, headers: {}, bodyText: JSON.stringify(json), json },
      elapsedMs: 1,
      rateLimitRetries: 0,
    };
  };
  return { sent, send };
}

function provider(first = HANDLE) {
  let n = 0;
  return renewingProvider({
    kind: 'login',
    obtain: async () => ({ accessToken: first, obtainedAt: 0 }),
    renew: async () => ({ accessToken: `renewed-${++n}`, obtainedAt: 0 }),
  });
}

test('the current token replaces the generation-time one in the header and the query', async () => {
  const p = provider();
  await p.token();
  await p.refresh(HANDLE);
  const { sent, send } = target({ token: 'renewed-1' });
  const ex = await withTokenRefresh(send, p, HANDLE)(caseWith(HANDLE));
  expect(ex.outcome.kind === 'response' && ex.outcome.status).toBe(200);
  expect(sent[0]!.query).toEqual([['access_token', 'renewed-1']]);
  expect(ex.tokenRefreshes).toBe(1);
});

test('an expired token on a positive case: one refresh, one resend, counted once', async () => {
  const p = provider();
  await p.token();
  const valid = { token: 'renewed-1' };
  const { sent, send } = target(valid);
  const ex = await withTokenRefresh(send, p, HANDLE)(caseWith(HANDLE));
  expect(sent.map((c) => c.headers['Authorization'])).toEqual([`Bearer ${HANDLE}`, 'Bearer renewed-1']);
  expect(ex.outcome.kind === 'response' && ex.outcome.status).toBe(200);
  expect(ex.tokenRefreshes).toBe(1);
});

test('a case still refused after the refresh is returned as it is (a finding), after exactly one resend', async () => {
  const p = provider();
  await p.token();
  const { sent, send } = target({ token: 'never' });
  const ex = await withTokenRefresh(send, p, HANDLE)(caseWith(HANDLE));
  expect(sent).toHaveLength(2);
  expect(ex.outcome.kind === 'response' && ex.outcome.status).toBe(403);
});

test('never refreshed: an expired-token negative case, an auth rule case, a negative case answered 905', async () => {
  const p = provider();
  await p.token();
  const { sent, send } = target({ token: 'renewed-1' }, 905);
  const wrapped = withTokenRefresh(send, p, HANDLE);
  await wrapped(caseWith('expired-token-1234', { kind: 'negative', rule: 'expired-token', detail: 'd', isAuthRule: true }));
  await wrapped(caseWith(HANDLE, { kind: 'negative', rule: 'wrong-scheme', detail: 'd', isAuthRule: true }));
  await wrapped(caseWith(HANDLE, { kind: 'negative', rule: 'duplicate-parameter', detail: 'd' }));
  expect(sent).toHaveLength(3);
  expect(p.refreshes).toBe(0);
});

test('a negative (non-auth) case that meets an expired token (906) is refreshed: its own rule is then judged', async () => {
  const p = provider();
  await p.token();
  const { sent, send } = target({ token: 'renewed-1' }, 906);
  await withTokenRefresh(send, p, HANDLE)(caseWith(HANDLE, { kind: 'negative', rule: 'wrong-type', detail: 'd' }));
  expect(sent).toHaveLength(2);
  expect(p.refreshes).toBe(1);
});
