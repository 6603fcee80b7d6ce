/**
 * Vendor drift: sends a fixed-seed sample (examples, positive and negative cases per operation),
 * records the shape of every response, and compares it with the committed baseline. Breaking
 * changes (removed field, type change, new status or error code) fail; additive ones (a new field)
 * are reported as warnings. `npm run baseline` records the baseline instead of comparing.
 * The seed is fixed so the recording run and later runs sample the same requests.
 */
import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { createBaselineRecorder } from '../engine/baseline/baseline.ts';
import { baselineFailures } from '../engine/baseline/baselineFailures.ts';
import { BaselineError, readBaseline, writeBaseline } from '../engine/baseline/baselineFile.ts';
import type { Baseline } from '../engine/baseline/baseline.ts';
import { requestClassOf } from '../loginradius/baseline/requestClassOf.ts';
import { compareBaseline } from '../engine/baseline/compareBaseline.ts';
import { DRIFT_SAMPLE } from '../engine/baseline/driftSample.ts';
import { operationIds } from '../loginradius/contract/operationIds.ts';
import { CONTRACT_RECORD_ATTACHMENT, type ContractRecord } from '../engine/events/contractRecord.ts';
import { applicableRules, exampleCases, negativeCase, positiveCase } from '../generators/index.ts';
import { ambiguityFinder } from '../engine/validation/ambiguityFinder.ts';
import { test, expect, timeoutFromPlan } from './fixtures.ts';
import { isOtpWork, otpWork } from './otpWork.ts';

/** Fixed on purpose: recording and comparing must sample the same requests. */
export const DRIFT_SEED = 20_261_125;

test('drift against the recorded baseline', async ({ harness }) => {
  timeoutFromPlan(harness);
  const { config, contract } = harness;
  const findForms = ambiguityFinder(contract);
  const validator = harness.checkContext.validator;
  // Forms are read from bodies that validate only, as the documented_ambiguity check does.
  const recorder = createBaselineRecorder({
    errorCodeOf: harness.checkContext.profile.errorCodeOf,
    classOf: requestClassOf(contract),
    formsOf: ({ case: c, outcome }) =>
      outcome.kind === 'response' &&
      outcome.json !== undefined &&
      validator.validate(c.operationId, outcome.status, outcome.headers['content-type'] ?? '', outcome.json).ok
        ? findForms(c.operationId, outcome.status, outcome.headers['content-type'], outcome.json)
        : [],
  });
  const started = Date.now();
  let casesSent = 0;
  // Remote: an OTP operation's success shapes come from its examples job (each code is a 30 s step).
  const fromOtpWork: string[] = [];
  for (const operationId of operationIds()) {
    const shared = config.target.kind === 'remote' && isOtpWork(harness, `examples ${operationId}`);
    if (shared) fromOtpWork.push(operationId);
    const op = contract.operation(operationId);
    const negativeCtx = harness.generation('negative');
    // The same arbitraries as the positive and negative phases (so their tests replay a finding).
    // Wrong-OTP rules are left out in every mode: a real tenant never gets them outside the lockout
    // budget, and a baseline recorded on the mock must sample the very cases a remote run sends.
    const negativeRules = applicableRules(op, negativeCtx)
      .filter((r) => r.sendsWrongOtp !== true)
      .map((r) => r.name);
    const samples = [
      {
        role: 'positive' as const,
        arbitrary: fc.constantFrom(...exampleCases(op, harness.generation('positive'))),
        numRuns: DRIFT_SAMPLE.examples,
        replayIn: { phase: 'examples' as const, testTitle: `examples ${operationId}` },
      },
      {
        role: 'positive' as const,
        arbitrary: positiveCase(op, harness.generation('positive')),
        numRuns: DRIFT_SAMPLE.positive,
        replayIn: { phase: 'positive' as const, testTitle: `positive ${operationId}` },
      },
      {
        role: 'negative' as const,
        arbitrary: negativeCase(op, negativeCtx, { rules: negativeRules }),
        numRuns: DRIFT_SAMPLE.negative,
        replayIn: { phase: 'negative' as const, testTitle: `negative ${operationId}` },
      },
    ];
    for (const sample of shared ? samples.filter((s) => s.role === 'negative') : samples) {
      const record = await harness.runPhase({
        phase: 'drift',
        title: `drift sample ${operationId} (${sample.role})`,
        operationId,
        role: sample.role,
        arbitrary: sample.arbitrary,
        numRuns: sample.numRuns,
        seed: DRIFT_SEED,
        onExchange: recorder.add,
        replayIn: sample.replayIn,
      });
      casesSent += record.casesSent;
    }
  }
  for (const operationId of fromOtpWork) {
    const { exchanges } = await otpWork(harness, `examples ${operationId}`);
    for (const exchange of exchanges) recorder.add(exchange);
    casesSent += exchanges.length;
  }
  const observed = recorder.baseline();

  if (config.baselineMode === 'record') {
    await writeBaseline(config.baselinePath, observed);
    test.info().annotations.push({ type: 'baseline', description: `recorded ${config.baselinePath}` });
    return;
  }
  test.skip(
    !existsSync(config.baselinePath),
    `no baseline at ${config.baselinePath}: run "npm run baseline" once against a known-good target and commit the file`,
  );

  // An unreadable or old-format baseline is a harness error with its fix, not a crash.
  let recorded: Baseline | undefined;
  const harnessErrors: string[] = [];
  try {
    recorded = await readBaseline(config.baselinePath, { recordHint: 're-record it with "npm run baseline" and commit the file' });
  } catch (error) {
    if (!(error instanceof BaselineError)) throw error;
    harnessErrors.push(error.message);
  }
  const failures = recorded ? baselineFailures(compareBaseline(recorded, observed)) : [];
  const record: ContractRecord = {
    version: 1,
    phase: 'drift',
    title: 'drift against the recorded baseline',
    seed: DRIFT_SEED,
    numRuns: casesSent,
    casesSent: 0,
    elapsedMs: Date.now() - started,
    tallies: operationIds().map((operationId) => {
      const mine = failures.filter((f) => f.operationId === operationId);
      return {
        operationId,
        check: 'baseline_conformance',
        passed: recorded && mine.length === 0 ? 1 : 0,
        failed: mine.filter((f) => f.severity === 'error').length,
        skipped: recorded ? 0 : 1,
      };
    }),
    failures: failures.map((failure) => ({
      failure,
      occurrences: 1,
      counterexample: { label: 'baseline comparison', curl: `# compare ${config.baselinePath} with this run (seed ${DRIFT_SEED})` },
      replay: { seed: DRIFT_SEED, path: undefined, command: "npm run contract -- --grep 'drift against the recorded baseline$'" },
    })),
    rateLimitRetries: 0,
    transportErrors: 0,
    harnessErrors,
  };
  await test.info().attach(CONTRACT_RECORD_ATTACHMENT, { body: JSON.stringify(record), contentType: 'application/json' });
  expect(harnessErrors, 'baseline').toEqual([]);
  expect(casesSent, 'drift sample requests').toBeGreaterThan(0);
  const breaking = record.failures
    .filter((f) => f.failure.severity === 'error')
    .map((f) => `${f.failure.operationId}: ${f.failure.message}`);
  expect(breaking, `breaking changes against ${config.baselinePath}`).toEqual([]);
});
