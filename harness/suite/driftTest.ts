/**
 * `drift against the recorded baseline`: a fixed-seed sample (examples, positive and negative cases
 * per operation), the shape of every response recorded and compared with the committed baseline.
 * Breaking changes (removed field, type change, new status or error code) fail; additive ones are
 * warnings. In record mode (`npm run baseline`) the sample is written as the baseline instead.
 * The seed is fixed so the recording run and later runs sample the same requests.
 */
import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { createBaselineRecorder, type Baseline } from '../../engine/baseline/baseline.ts';
import { baselineFailures } from '../../engine/baseline/baselineFailures.ts';
import { BaselineError, readBaseline, writeBaseline } from '../../engine/baseline/baselineFile.ts';
import { compareBaseline } from '../../engine/baseline/compareBaseline.ts';
import { DRIFT_SAMPLE } from '../../engine/baseline/driftSample.ts';
import type { ContractRecord } from '../../engine/events/contractRecord.ts';
import { ambiguityFinder } from '../../engine/validation/ambiguityFinder.ts';
import { applicableRules, exampleCases, negativeCase, positiveCase } from '../../generators/index.ts';
import { requestClassOf } from '../../loginradius/baseline/requestClassOf.ts';
import { operationIds } from '../../loginradius/contract/operationIds.ts';
import { otpOperation } from './operationTest.ts';
import type { SuiteTest } from './suiteTest.ts';
import { failureLines, skippedVerdict } from './suiteVerdict.ts';

const DRIFT_TITLE = 'drift against the recorded baseline';
/** Fixed on purpose: recording and comparing must sample the same requests. */
const DRIFT_SEED = 20_261_125;

export function driftTest(): SuiteTest {
  return {
    file: 'drift',
    title: DRIFT_TITLE,
    spendsOtp: () => false,
    // Its negative sample must meet the negative account as the fixture has it (never locked).
    accounts: () => [
      { account: 'negative', mode: 'read' },
      { account: 'positive', mode: 'read' },
    ],
    async run({ harness, result }) {
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
      const records: ContractRecord[] = [];
      const pending: Array<Promise<ContractRecord>> = [];
      let casesSent = 0;
      // Remote: an OTP operation's success shapes come from its examples test (each code is a 30 s step).
      const fromExamples: string[] = [];
      for (const operationId of operationIds()) {
        const shared = config.target.kind === 'remote' && otpOperation(operationId)(harness);
        if (shared) fromExamples.push(operationId);
        const op = contract.operation(operationId);
        const negativeCtx = harness.generation('negative');
        // The same arbitraries as the positive and negative tests (so they replay a finding).
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
        for (const sample of shared ? samples.filter((s) => s.role === 'negative') : samples)
          pending.push(
            harness.runPhase({
              phase: 'drift',
              title: `drift sample ${operationId} (${sample.role})`,
              operationId,
              role: sample.role,
              arbitrary: sample.arbitrary,
              numRuns: sample.numRuns,
              seed: DRIFT_SEED,
              onExchange: recorder.add,
              replayIn: sample.replayIn,
            }),
          );
      }
      // The samples go out together: a baseline is the same whatever order its exchanges come in.
      for (const record of await Promise.all(pending)) {
        records.push(record);
        casesSent += record.casesSent;
      }
      for (const operationId of fromExamples) {
        const { exchanges } = await result(`examples ${operationId}`);
        for (const exchange of exchanges) recorder.add(exchange);
        casesSent += exchanges.length;
      }
      const observed = recorder.baseline();

      if (config.baselineMode === 'record') {
        await writeBaseline(config.baselinePath, observed);
        return {
          outcome: {
            records,
            annotations: [{ type: 'baseline', description: `recorded ${config.baselinePath}` }],
            verdict: { harnessErrors: [], failures: [], sent: casesSent },
          },
          exchanges: [],
        };
      }
      if (!existsSync(config.baselinePath))
        return {
          outcome: {
            records,
            annotations: [],
            skip: `no baseline at ${config.baselinePath}: run "npm run baseline" once against a known-good target and commit the file`,
            verdict: skippedVerdict,
          },
          exchanges: [],
        };

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
      const comparison: ContractRecord = {
        version: 1,
        phase: 'drift',
        title: DRIFT_TITLE,
        seed: DRIFT_SEED,
        numRuns: casesSent,
        casesSent: 0,
        elapsedMs: Date.now() - started,
        startedAt: started,
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
          replay: { seed: DRIFT_SEED, path: undefined, command: `npm run contract -- --grep '${DRIFT_TITLE}$'` },
        })),
        rateLimitRetries: 0,
        transportErrors: 0,
        harnessErrors,
      };
      return {
        outcome: {
          records: [...records, comparison],
          annotations: [],
          // As before: the drift test answers for the comparison; the samples' own findings fail their phases' tests.
          verdict: { harnessErrors, failures: failureLines([comparison]), sent: casesSent },
        },
        exchanges: [],
      };
    },
  };
}
