/**
 * Generated cases against the embedded mock (independent ground truth, same fixed clock):
 * positive cases are answered 200; every negative rule's cases get the status and ErrorCode the
 * team brief's decided table gives for that rule.
 * The mock is reset before each positive case because a TOTP code is accepted only once.
 * Requests are sent with fetch: rendering cases is core/case's job, this is only a test client.
 */
import { test, expect } from '@playwright/test';
import { startMock, type RunningMock } from '../../mock/startMock.ts';
import { applicableRules, negativeCase, positiveCase, sampleCases } from '../../generators/index.ts';
import type { Case } from '../../engine/case/case.ts';
import { ctx, FIXED_NOW, operations } from './generationFixture.ts';

/** status/ErrorCode pairs each rule may get, from the team brief's decided table. */
const decided: Record<string, readonly string[]> = {
  'missing-required-body-field': ['400/908'],
  'wrong-type': ['403/1134', '400/1079'],
  'out-of-range': ['400/908'],
  'wrong-format': ['403/901', '403/905'],
  'wrong-content-type': ['400/1083'],
  'malformed-json': ['400/1079'],
  'empty-body': ['400/1079', '400/908'],
  'duplicate-parameter': ['403/901', '403/905', '400/908'],
  'oversized-value': ['403/1067'],
  'missing-apikey': ['400/908'],
  'empty-apikey': ['400/908'],
  'whitespace-apikey': ['400/908'],
  'wrong-apikey': ['403/901'],
  'unauthorised-apikey': ['403/901'],
  'apikey-in-header': ['400/908'],
  'missing-token': ['400/1060'],
  'malformed-token': ['403/905'],
  'expired-token': ['403/906'],
  'revoked-token': ['403/905'],
  'wrong-auth-scheme': ['400/1060'],
  'wrong-otp': ['403/1067'],
  'stale-otp': ['403/1069'],
  'invalid-isvoiceotp': ['400/908'],
};

let mock: RunningMock;
test.beforeAll(async () => {
  mock = await startMock({ clock: () => FIXED_NOW, lockoutThreshold: 1_000_000 });
});
test.afterAll(async () => {
  await mock.close();
});

async function send(c: Case): Promise<{ status: number; errorCode: unknown }> {
  const query = c.query.map(([n, v]) => `${encodeURIComponent(n)}=${encodeURIComponent(v)}`).join('&');
  const headers: Record<string, string> = { ...c.headers };
  let body: string | undefined;
  if (c.body.kind === 'json') {
    body = JSON.stringify(c.body.value);
    headers['Content-Type'] = c.body.mediaType;
  }
  if (c.body.kind === 'raw') {
    body = c.body.text;
    if (c.body.mediaType !== undefined) headers['Content-Type'] = c.body.mediaType;
  }
  const response = await fetch(`${mock.url}${c.path}${query ? `?${query}` : ''}`, {
    method: c.method,
    headers,
    ...(body === undefined ? {} : { body }),
  });
  const text = await response.text();
  let errorCode: unknown;
  try {
    errorCode = (JSON.parse(text) as { ErrorCode?: unknown }).ErrorCode;
  } catch {
    errorCode = undefined;
  }
  return { status: response.status, errorCode };
}

for (const op of operations) {
  test(`${op.operationId}: the mock accepts positive cases and refuses every negative rule`, async () => {
    for (const c of sampleCases(positiveCase(op, ctx), { seed: 31, numRuns: 15 })) {
      mock.reset();
      const { status, errorCode } = await send(c);
      expect(status, `positive case answered ${status}/${String(errorCode)}`).toBe(200);
    }
    mock.reset();
    for (const rule of applicableRules(op, ctx)) {
      for (const c of sampleCases(negativeCase(op, ctx, { rules: [rule.name] }), { seed: 32, numRuns: 6 })) {
        const { status, errorCode } = await send(c);
        const detail = c.label.kind === 'negative' ? c.label.detail : '';
        expect(decided[rule.name], `${rule.name} (${detail}) answered ${status}/${String(errorCode)}`).toContain(
          `${status}/${String(errorCode)}`,
        );
      }
    }
  });
}
