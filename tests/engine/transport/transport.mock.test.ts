/**
 * Integration with the embedded mock's rate limiter: 429 + Retry-After is retried and counted,
 * and the 429 itself conforms to the real contract (required integer Retry-After, envelope).
 */
import { test, expect } from '@playwright/test';
import { startMock } from '../../../mock/startMock.ts';
import { createTransport } from '../../../engine/transport/transport.ts';
import { loadContract } from '../../../engine/contract/loadContract.ts';
import { DEFAULT_CONTRACT_PATH } from '../../../loginradius/contract/defaultContractPath.ts';
import { contractValidator } from '../../../engine/validation/contractValidator.ts';
import { runChecks } from '../../../engine/checks/index.ts';
import type { Case } from '../../../engine/case/case.ts';
import { loginRadiusCheckContext } from '../../../loginradius/index.ts';

test('a rate-limited burst is retried after Retry-After and the 429 passes every check', async () => {
  const mock = await startMock({ rateLimitRps: 2 });
  const tenant = mock.fixture.tenants[0];
  const user = mock.fixture.users.find((u) => u.tenant === tenant?.name && u.role === 'positive');
  if (!tenant || !user) throw new Error('mock fixture lacks a tenant/positive user');
  const c: Case = {
    operationId: 'mfaReAuthenticate',
    method: 'GET',
    path: '/identity/v2/auth/account/reauth/2fa',
    query: [['apikey', tenant.apiKey]],
    headers: { Authorization: `Bearer ${user.accessTokens.valid}` },
    body: { kind: 'none' },
    label: { kind: 'positive' },
  };
  const patient = await createTransport({ baseURL: mock.url, maxRateLimitRetries: 5, maxRetryAfterMs: 1500 });
  const impatient = await createTransport({ baseURL: mock.url, maxRateLimitRetries: 0 });
  try {
    const burst = await Promise.all(Array.from({ length: 4 }, () => patient.send(c)));
    expect(burst.map((e) => (e.outcome.kind === 'response' ? e.outcome.status : e.outcome.error))).toEqual([200, 200, 200, 200]);
    expect(burst.reduce((n, e) => n + e.rateLimitRetries, 0)).toBeGreaterThan(0);

    const limited = (await Promise.all(Array.from({ length: 4 }, () => impatient.send(c)))).find(
      (e) => e.outcome.kind === 'response' && e.outcome.status === 429,
    );
    if (!limited) throw new Error('expected at least one 429 from a burst of 4 at 2 rps');
    expect(limited.rateLimitRetries).toBe(0);
    const contract = loadContract(DEFAULT_CONTRACT_PATH);
    const ctx = loginRadiusCheckContext({
      contract,
      validator: contractValidator(contract),
      secrets: [tenant.apiKey, user.accessTokens.valid],
    });
    const results = runChecks(ctx, limited);
    expect(results.get('response_headers_conformance')).toEqual({ status: 'passed' });
    // Warnings (which documented form the mock speaks) are not failures.
    expect([...results].filter(([, r]) => r.status === 'failed' && r.failures.some((f) => f.severity === 'error'))).toEqual([]);
  } finally {
    await patient.dispose();
    await impatient.dispose();
    await mock.close();
  }
});
