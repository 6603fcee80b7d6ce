/**
 * Remote mode against drift: the suite pointed at the mock as at a real tenant (LR_BASE_URL, the
 * tenant's credentials and test users; real clock, so every OTP is a real TOTP code; the lockout
 * budget and no lockout flows) names the same check and operation as on the embedded mock.
 */
import { test, expect } from '@playwright/test';
import type { DriftId } from '../../../mock/drift/scenarios.ts';
import { DRIFT_DETECTIONS } from './driftDetections.ts';
import { runSuiteInProcess } from './runSuiteInProcess.ts';

test.describe.configure({ mode: 'parallel' });

/**
 * Scenario → the operations the check may name remotely. The lockout budget leaves one wrong code
 * (3, less 2 for the OTP single-use flow): it goes to the first OTP operation, so a wrong OTP
 * accepted is caught there rather than on the operation the mock run names.
 */
const REMOTE_ONES: ReadonlyArray<[DriftId, readonly string[]]> = [
  ['wrong-otp-accepted', ['mfaUpdateSetting', 'mfaReAuthenticateByOTP']],
  ['field-renamed', [DRIFT_DETECTIONS['field-renamed']!.operationId]],
  ['auth-ignored', [DRIFT_DETECTIONS['auth-ignored']!.operationId]],
];

for (const [scenario, operations] of REMOTE_ONES) {
  const expected = DRIFT_DETECTIONS[scenario]!;
  test(`remote: ${scenario} → ${expected.check} on ${operations.join(' or ')}`, async () => {
    test.setTimeout(240_000);
    const { report } = await runSuiteInProcess({
      remote: true,
      mock: { drift: [scenario] },
      env: { LR_NUM_RUNS: '15', LR_SEED: '7', LR_MAX_RPS: 'unlimited', LR_CONCURRENCY: '4' },
    });
    const named = report.failures.map((f) => `${f.failure.check} ${f.failure.operationId}`);
    expect(
      operations.some((op) => named.includes(`${expected.check} ${op}`)),
      JSON.stringify(named),
    ).toBe(true);
    expect(report.harnessErrors).toEqual([]);
    expect(report.exitCode).toBe(1);
    // Remote mode really: the lockout flows were not run (LR_ALLOW_LOCKOUT=0).
    expect(report.tests.filter((t) => t.phase === 'stateful' && t.title.includes('lockout') && t.casesSent > 0)).toEqual([]);
  });
}
