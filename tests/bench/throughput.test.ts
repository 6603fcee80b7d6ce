import { test, expect } from '@playwright/test';
import { toRunRate } from '../../bench/throughput.ts';
import type { ContractRunResult, PhaseRate } from '../../bench/contractRun.ts';

const phase = (title: string, phaseName: string, operationId: string, cases: number, ms: number, startedAt?: number): PhaseRate => ({
  title,
  phase: phaseName,
  operationId,
  cases,
  ms,
  startedAt,
});
const run = (phases: PhaseRate[], extra: Partial<ContractRunResult> = {}): ContractRunResult => ({
  casesSent: phases.reduce((n, p) => n + p.cases, 0),
  phases,
  wallMs: 10_000,
  engineMs: phases.reduce((n, p) => n + p.ms, 0),
  reportDurationMs: 9_000,
  exitCode: 0,
  distinctFailures: 0,
  ...extra,
});

test('toRunRate: wall and engine rates; positive phases of OTP-verifying operations are split from all others', () => {
  const r = toRunRate(
    run([
      phase('positive mfaReAuthenticateByOTP', 'positive', 'mfaReAuthenticateByOTP', 1000, 2000),
      phase('positive mfaReAuthenticate', 'positive', 'mfaReAuthenticate', 3000, 1000),
      // A negative phase of an OTP operation sends no fresh codes: it counts with the others.
      phase('negative mfaUpdateSetting', 'negative', 'mfaUpdateSetting', 2000, 1000),
    ]),
  );
  expect(r.perSecond).toBe(600);
  expect(r.enginePerSecond).toBe(1500);
  expect(r.singleUseOtpPerSecond).toBe(500);
  expect(r.otherPerSecond).toBe(2500);
});

test('toRunRate: a run without OTP phases has no split rate, and a failed clean run is no benchmark', () => {
  expect(
    toRunRate(run([phase('negative mfaReAuthenticate', 'negative', 'mfaReAuthenticate', 10, 10)])).singleUseOtpPerSecond,
  ).toBeUndefined();
  expect(() => toRunRate(run([], { exitCode: 1, distinctFailures: 2 }))).toThrow(/exited 1 on the clean mock \(2 failures\)/);
});

test('toRunRate: phases that ran at once are timed by their joined spans, not the sum of their times', () => {
  const r = toRunRate(
    run(
      [
        phase('negative mfaReAuthenticate', 'negative', 'mfaReAuthenticate', 1000, 1000, 5_000),
        phase('negative mfaUpdateSetting', 'negative', 'mfaUpdateSetting', 1000, 1000, 5_500),
      ],
      { engineMs: 1_500 },
    ),
  );
  expect(r.otherPerSecond).toBeCloseTo(2000 / 1.5, 6);
});
