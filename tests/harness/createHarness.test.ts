/**
 * The harness against the embedded mock, in process: a positive phase of an OTP operation spreads
 * its single-use codes over the tenant's pool accounts, each on its own clock, many in flight on a
 * slow mock, and every code is accepted (none goes stale because another account's clock
 * moved). A lockout flow's clock move stays on its own account.
 */
import { test, expect } from '@playwright/test';
import { positiveCase } from '../../generators/index.ts';
import { createHarness } from '../../harness/createHarness.ts';
import { runFlow } from '../../harness/suite/runFlow.ts';
import { loadConfig } from '../../loginradius/config/loadConfig.ts';
import { lockoutFlow } from '../../loginradius/flows/lockoutFlow.ts';
import { startMock } from '../../mock/startMock.ts';

test('positive OTP cases use every pool account at once and all pass; a Suspend flow moves only its account', async () => {
  const mock = await startMock({ port: 0, latencyMs: 100, requestLogSize: 5000 });
  const config = loadConfig({ env: { LR_MOCK_PORT: String(mock.port), LR_SEED: '4', LR_MAX_RESPONSE_TIME_MS: '5000' } });
  const harness = await createHarness(config);
  try {
    expect(config.accounts.length).toBe(8);
    const op = harness.contract.operation('mfaUpdateSetting');
    const record = await harness.runPhase({
      phase: 'positive',
      title: 'positive mfaUpdateSetting',
      operationId: 'mfaUpdateSetting',
      role: 'positive',
      arbitrary: positiveCase(op, harness.generation('positive')),
      numRuns: 32,
    });
    expect(record.casesSent).toBe(32);
    expect(record.failures.filter((f) => f.failure.severity === 'error').map((f) => f.failure.title)).toEqual([]);
    const users = mock.state().users.filter((u) => u.tenant === 'suspend' && (u.role === 'positive' || u.role === 'pool'));
    expect(users.filter((u) => u.usedOtpCount > 0).length).toBe(8);

    const target = harness.lockoutTargets().find((t) => t.policy.type === 'Suspend')!;
    const flowRecord = await runFlow(
      harness,
      'lockout Suspend',
      'lockout',
      lockoutFlow,
      { label: '', credentials: target.credentials, otp: target.otp },
      target.policy,
      target.restore,
    );
    expect(flowRecord.failures.filter((f) => f.failure.severity === 'error').map((f) => f.failure.title)).toEqual([]);
    const offsets = mock.state().accountClockOffsetsMs;
    expect(offsets[target.credentials.uid!]).toBeGreaterThan(900_000);
    expect(mock.state().clockOffsetMs).toBe(0);
    for (const u of users) expect(offsets[u.uid] ?? 0).toBeLessThan(900_000);
  } finally {
    await harness.dispose();
    await mock.close();
  }
});
