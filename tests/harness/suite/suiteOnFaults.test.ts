/**
 * Fault tolerance of the whole suite, in process (runSuiteInProcess): for each transport fault of the
 * mock (mock/faults/faults.ts, on the step-up trigger mfaReAuthenticate only) the run records a NAMED
 * failure on that operation, keeps testing the other two operations, and its reports render; exit 1
 * (contract failure), never 2 (harness error). tests/cli/faults.test.ts proves one of them through
 * `npm run contract`; a refused connection is tests/cli/contract.test.ts's unreachable target.
 */
import { test, expect } from '@playwright/test';
import { FAULT_IDS, type FaultId } from '../../../mock/faults/faults.ts';
import { runSuiteInProcess } from './runSuiteInProcess.ts';

test.describe.configure({ mode: 'parallel' });

const FAULTED = 'mfaReAuthenticate';
const OTHERS = ['mfaUpdateSetting', 'mfaReAuthenticateByOTP'] as const;

/**
 * Fault → the (check, what the message says) the report must name on mfaReAuthenticate.
 * `timeoutMs`: hang and slow-drip (~3.5 s of body) are cut by a short per-request timeout, because
 * shrinking re-sends a failing case one request at a time; more requests in flight (16) shorten the
 * exploration the same way.
 */
const EXPECTED: Record<FaultId, { check: string; says: RegExp; timeoutMs?: number }> = {
  'connection-reset': { check: 'no_transport_error', says: /\(connection-reset\)/ },
  hang: { check: 'no_transport_error', says: /\(timeout\): Timeout 400ms exceeded/, timeoutMs: 400 },
  'truncated-body': { check: 'no_transport_error', says: /\(connection-reset\)/ },
  'invalid-json': { check: 'response_schema_conformance', says: /body that does not parse/ },
  'wrong-content-type': { check: 'content_type_conformance', says: /Received: text\/html for status 200/ },
  'huge-body': { check: 'no_transport_error', says: /\(body-too-large\): response body cut: more than 10485760 bytes on the wire/ },
  'slow-drip': { check: 'no_transport_error', says: /\(timeout\): Timeout 400ms exceeded/, timeoutMs: 400 },
  'html-502': { check: 'not_a_server_error', says: /Received: 502/ },
  'empty-body': { check: 'response_schema_conformance', says: /body that does not parse \(empty body\)/ },
  'redirect-loop': { check: 'status_code_conformance', says: /Received: 302/ },
};

test('every fault of the mock has an expected named failure', () => {
  expect(Object.keys(EXPECTED).sort()).toEqual([...FAULT_IDS].sort());
});

for (const fault of FAULT_IDS) {
  const expected = EXPECTED[fault];
  test(`${fault} → ${expected.check} on ${FAULTED}; the other operations keep being tested`, async () => {
    const { report, rendered } = await runSuiteInProcess({
      mock: { fault },
      env: {
        LR_NUM_RUNS: '10',
        LR_SEED: '7',
        ...(expected.timeoutMs ? { LR_TIMEOUT_MS: String(expected.timeoutMs), LR_CONCURRENCY: '16' } : {}),
      },
    });
    // A named contract failure, not a harness error.
    expect(report.harnessErrors).toEqual([]);
    expect(report.exitCode).toBe(1);
    const named = report.failures.filter((f) => f.failure.check === expected.check && f.failure.operationId === FAULTED);
    expect(named.map((f) => f.failure.message).join('\n'), JSON.stringify(report.failures.map((f) => f.failure.title))).toMatch(
      expected.says,
    );
    expect(report.matrix.find((r) => r.operationId === FAULTED && r.check === expected.check)?.failed).toBeGreaterThan(0);

    // The other operations were still sent and judged in every phase.
    for (const operationId of OTHERS) {
      for (const phase of ['examples', 'positive', 'negative', 'drift'] as const) {
        const sent = report.tests.filter((t) => t.phase === phase && t.operationId === operationId).reduce((n, t) => n + t.casesSent, 0);
        expect(sent, `${phase} ${operationId}`).toBeGreaterThan(0);
      }
      const answered = report.matrix.find((r) => r.operationId === operationId && r.check === 'no_transport_error');
      expect(answered?.passed, `${operationId} answered`).toBeGreaterThan(0);
      // With a 400 ms timeout a busy machine may time out elsewhere too: only the other faults assert a clean rest.
      if (!expected.timeoutMs)
        expect(report.failures.filter((f) => f.failure.operationId === operationId).map((f) => f.failure.title)).toEqual([]);
    }
    expect(report.tests.some((t) => t.phase === 'stateful')).toBe(true);
    expect(rendered.html).toContain(expected.check);
    expect(rendered.markdown).toContain(expected.check);
  });
}
