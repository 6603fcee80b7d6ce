/**
 * The stateful flows against the real mock: every flow is clean on the faithful mock, and each
 * flow check fails on the vendor regression it exists to catch.
 */
import { test, expect } from '@playwright/test';
import { startMock, type RunningMock } from '../../../mock/startMock.ts';
import { LOCKOUT_TYPES, type LockoutType } from '../../../mock/fixtures/fixtureTypes.ts';
import { DEFAULT_FIXTURE_PATH } from '../../../mock/fixtures/loadFixture.ts';
import { loadMockCredentials } from '../../../loginradius/config/mockCredentials.ts';
import { loadContract } from '../../../engine/contract/loadContract.ts';
import { DEFAULT_CONTRACT_PATH } from '../../../loginradius/contract/defaultContractPath.ts';
import { contractValidator } from '../../../engine/validation/contractValidator.ts';
import { createTransport, type Transport } from '../../../engine/transport/transport.ts';
import { createMockControl } from '../../../loginradius/target/mockControl.ts';
import { createFreshOtpSource } from '../../../loginradius/otp/freshOtpSource.ts';
import { createFlowRecorder } from '../../../loginradius/flows/flowRecorder.ts';
import { lockoutFlow } from '../../../loginradius/flows/lockoutFlow.ts';
import { stepUpFlow } from '../../../loginradius/flows/stepUpFlow.ts';
import { otpSingleUseFlow } from '../../../loginradius/flows/otpSingleUseFlow.ts';
import type { Flow } from '../../../loginradius/flows/flowContext.ts';
import { loginRadiusCheckContext } from '../../../loginradius/index.ts';
import { unlockAccount } from '../../../loginradius/credentials/unlockAccount.ts';
import { vendorCall } from '../../../loginradius/credentials/vendorCall.ts';

const contract = loadContract(DEFAULT_CONTRACT_PATH);
const checkContext = loginRadiusCheckContext({ contract, validator: contractValidator(contract) });
let mock: RunningMock;
let transport: Transport;

test.beforeAll(async () => {
  mock = await startMock({ port: 0 });
  transport = await createTransport({ baseURL: mock.url });
});
test.afterAll(async () => {
  await transport.dispose();
  await mock.close();
});
test.beforeEach(() => mock.reset());

async function run(flow: Flow, type: LockoutType, restore?: () => Promise<void>, via: Transport = transport) {
  const { credentials, tenant } = loadMockCredentials(DEFAULT_FIXTURE_PATH, type);
  const control = createMockControl(mock.url);
  const recorder = createFlowRecorder({
    title: 'flow under test',
    checkContext,
    seed: 1,
    send: (c) => via.send(c),
    renderCurl: () => 'curl …',
    redact: (t) => t,
    replayCommand: () => 'replay',
  });
  await flow({
    contract,
    credentials: credentials.flow,
    recorder,
    lockout: tenant.lockout,
    mock: control,
    now: () => control.now(),
    otp: createFreshOtpSource({ totpSecret: credentials.flow.totpSecret, clock: control }),
    ...(restore ? { restore } : {}),
  });
  return recorder.record();
}

// Errors only: documented_ambiguity's warnings name the forms the mock answers in and never fail a flow.
const failedChecks = (r: Awaited<ReturnType<typeof run>>) =>
  r.failures.filter((f) => f.failure.severity === 'error').map((f) => f.failure.check);

test('every flow is clean on the faithful mock, for every lockout type', async () => {
  for (const type of LOCKOUT_TYPES) {
    for (const flow of [stepUpFlow, otpSingleUseFlow, lockoutFlow]) {
      mock.reset(); // each run below draws codes from a new source; the harness shares one per account
      const record = await run(flow, type);
      expect(failedChecks(record), `${flow.name} on ${type}`).toEqual([]);
      expect(record.casesSent).toBeGreaterThan(2);
      expect(record.tallies.some((t) => t.check === 'negative_data_rejection' || t.check === 'positive_data_acceptance')).toBe(true);
    }
  }
});

test('a flow cut short by the request budget fails nothing: its unsent steps are named, their expectations skipped', async () => {
  for (const [flow, budget] of [
    [stepUpFlow, 1],
    [otpSingleUseFlow, 1],
    [otpSingleUseFlow, 3],
    [lockoutFlow, 3],
  ] as const) {
    mock.reset();
    const capped = await createTransport({ baseURL: mock.url, requestBudget: budget });
    try {
      const r = await run(flow, 'Suspend', undefined, capped);
      expect(failedChecks(r)).toEqual([]);
      expect(r.casesSent).toBe(budget);
      expect(r.unsent?.length).toBeGreaterThan(0);
      expect(r.unsent?.[0]?.label).toMatch(/^flow under test: /);
      expect(r.transportErrors).toBe(0);
      const skippedFlowChecks = r.tallies.filter((t) => /flow|single_use|expiry|lockout/.test(t.check) && t.skipped > 0);
      expect(skippedFlowChecks.length).toBeGreaterThan(0);
    } finally {
      await capped.dispose();
    }
  }
});

test('lockout_enforcement fails when the vendor stops enforcing the lockout', async () => {
  mock.setDrift(['lockout-not-enforced']);
  expect(failedChecks(await run(lockoutFlow, 'Captcha'))).toContain('lockout_enforcement');
});

test('step_up_flow fails when the step-up token loses its field', async () => {
  mock.setDrift(['field-renamed']);
  const checks = failedChecks(await run(stepUpFlow, 'Suspend'));
  expect(checks).toContain('step_up_flow');
  expect(checks).toContain('response_schema_conformance');
});

test('otp_single_use and otp_expiry fail when the refusals change (errors answered as 422)', async () => {
  mock.setDrift(['undocumented-status']);
  const checks = failedChecks(await run(otpSingleUseFlow, 'Suspend'));
  expect(checks).toEqual(expect.arrayContaining(['otp_single_use', 'otp_expiry', 'status_code_conformance']));
});

test('on a faithful mock, a wrong-OTP regression does not make reuse pass: single use is still enforced', async () => {
  mock.setDrift(['wrong-otp-accepted']);
  expect(failedChecks(await run(otpSingleUseFlow, 'Suspend'))).not.toContain('otp_single_use');
});

test('with the management API (restore), every lockout flow ends with its account unlocked and counter reset', async () => {
  for (const type of LOCKOUT_TYPES) {
    mock.reset();
    const tenant = mock.fixture.tenants.find((t) => t.lockout.type === type)!;
    const user = mock.fixture.users.find((u) => u.tenant === tenant.name && u.role === 'flow')!;
    const call = vendorCall(mock.url);
    let restores = 0;
    const record = await run(lockoutFlow, type, async () => {
      restores += 1;
      await unlockAccount(call, tenant.apiKey, tenant.apiSecret, user.uid);
    });
    expect(failedChecks(record), type).toEqual([]);
    expect(restores, type).toBeGreaterThanOrEqual(1);
    expect(
      mock.state().users.find((u) => u.uid === user.uid),
      type,
    ).toMatchObject({ locked: false, failedAttempts: 0 });
  }
});

test('a Block lockout is lifted by the admin unlock, checked by a valid OTP afterwards (lockout_unlock passes)', async () => {
  const tenant = mock.fixture.tenants.find((t) => t.lockout.type === 'Block')!;
  const user = mock.fixture.users.find((u) => u.tenant === tenant.name && u.role === 'flow')!;
  const record = await run(lockoutFlow, 'Block', async () => {
    await unlockAccount(vendorCall(mock.url), tenant.apiKey, tenant.apiSecret, user.uid);
  });
  const unlock = record.tallies.find((t) => t.check === 'lockout_unlock');
  expect(unlock).toMatchObject({ passed: 1, failed: 0 });
});
