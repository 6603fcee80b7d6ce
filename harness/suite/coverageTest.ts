/**
 * `coverage first` (two tests, the cases and the flows): before any fuzzing, the smallest sample that touches every documented
 * behaviour: every example, one case per applicable rule, the boundary cases, and (on the mock)
 * the flows no single request replaces, interleaved by the kind of answer they ask for
 * (loginradius/coverage/coverageFirstPlan.ts). Its file sorts first, so a request budget
 * (LR_REQUEST_BUDGET) is spent here first. Against a real tenant it spends no TOTP code and runs
 * no flow (those are the examples' and the flow tests' to spend); its wrong codes come out of the
 * budgeted wrong-OTP test's share. On the mock the negative account is unlocked afterwards, so the
 * tests after it see the account as the fixture has it.
 */
import type { ContractRecord } from '../../engine/events/contractRecord.ts';
import { mergeRecords } from '../../engine/events/mergeRecords.ts';
import { mapConcurrent } from '../../engine/run/mapConcurrent.ts';
import type { CoverageStep } from '../../loginradius/coverage/coverageFirstPlan.ts';
import { lockoutFlow } from '../../loginradius/flows/lockoutFlow.ts';
import { otpSingleUseFlow } from '../../loginradius/flows/otpSingleUseFlow.ts';
import { OTP_SINGLE_USE_FLOW } from '../../loginradius/flows/plannedFlows.ts';
import type { Harness } from '../harness.ts';
import { FLOW_CODES } from '../runPlan.ts';
import { flowPolicy, runFlow } from './runFlow.ts';
import { suiteCoveragePlan } from './suiteCoveragePlan.ts';
import { LOCKOUT_TYPES } from '../../mock/fixtures/fixtureTypes.ts';
import { flowAccount } from './accountUses.ts';
import type { SuiteTest } from './suiteTest.ts';
import { skippedVerdict, verdictOf } from './suiteVerdict.ts';

export const COVERAGE_TITLE = 'coverage first: every example, rule and boundary once, by kind of answer';
const COVERAGE_FLOWS_TITLE = 'coverage first: the flows no single request replaces';

type CaseStep = Extract<CoverageStep, { kind: 'case' }>;
type FlowStep = Extract<CoverageStep, { kind: 'flow' }>;

async function runFlowStep(harness: Harness, step: FlowStep): Promise<ContractRecord> {
  if (step.title === OTP_SINGLE_USE_FLOW)
    return runFlow(
      harness,
      step.title,
      COVERAGE_FLOWS_TITLE,
      otpSingleUseFlow,
      harness.account('flow', FLOW_CODES.singleUse),
      flowPolicy(harness),
    );
  const target = harness.lockoutTargets().find((t) => t.policy.type === step.lockoutType);
  if (target === undefined) throw new Error(`coverage first: the plan names ${step.title}, but this target has no such lockout account`);
  const account = { label: '', credentials: target.credentials, otp: target.otp };
  return runFlow(harness, step.title, COVERAGE_FLOWS_TITLE, lockoutFlow, account, target.policy, target.restore);
}

/** The plan's cases: in plan order, as many in flight as a phase has, one merged record per operation. */
export function coverageCasesTest(): SuiteTest {
  return {
    file: 'coverage',
    title: COVERAGE_TITLE,
    // Remotely the plan holds no positive case of an OTP operation.
    spendsOtp: () => false,
    // Its wrong codes may lock the negative account: it is unlocked again at the end.
    accounts: () => [
      { account: 'negative', mode: 'spoil' },
      { account: 'positive', mode: 'read' },
    ],
    async run({ harness }) {
      const plan = suiteCoveragePlan(harness.config, harness.contract, harness);
      const cases = plan.steps.filter((s): s is CaseStep => s.kind === 'case');
      // The first requests are the plan's first items.
      const perCase = await mapConcurrent(cases, harness.config.concurrency, ({ item }, n) =>
        harness.runPhase({
          phase: 'coverage',
          title: `coverage ${item.operationId} #${n + 1}`,
          operationId: item.operationId,
          role: item.case.label.kind === 'positive' ? 'positive' : 'negative',
          arbitrary: item.arbitrary,
          seed: item.seed,
          numRuns: 1,
          // Each item is already the one case chosen for what it reaches: its counterexample is itself.
          maxShrunkFailures: 0,
          replayIn: { phase: 'coverage', testTitle: COVERAGE_TITLE },
        }),
      );
      await harness.restoreNegativeAccount?.();
      const operations = [...new Set(perCase.map((r) => r.operationId))];
      const records = operations.map((id) =>
        mergeRecords(
          `coverage ${id}`,
          perCase.filter((r) => r.operationId === id),
        ),
      );
      const annotations = plan.notSent.map((n) => ({ type: 'not sent', description: `${n.operationId}: ${n.label} — ${n.reason}` }));
      return { outcome: { records, annotations, verdict: verdictOf(records) }, exchanges: [] };
    },
  };
}

/** The plan's flows (the mock, under a request budget): one chain per flow account, the chains at once. */
export function coverageFlowsTest(): SuiteTest {
  return {
    file: 'coverage',
    title: COVERAGE_FLOWS_TITLE,
    spendsOtp: () => false,
    accounts: () => LOCKOUT_TYPES.map((type) => ({ account: flowAccount(type), mode: 'exclusive' as const })),
    async run({ harness }) {
      const flows = suiteCoveragePlan(harness.config, harness.contract, harness).steps.filter((s): s is FlowStep => s.kind === 'flow');
      if (flows.length === 0)
        return {
          outcome: {
            records: [],
            annotations: [],
            skip:
              harness.config.target.kind === 'remote'
                ? 'against a real tenant the flows run once, in their own tests (each spends TOTP steps and lockout budget)'
                : 'the flow tests run every flow; they run here first only under a request budget (LR_REQUEST_BUDGET)',
            verdict: skippedVerdict,
          },
          exchanges: [],
        };
      const accountOf = (step: FlowStep) => flowAccount(step.lockoutType ?? harness.config.lockoutType);
      const chains = await Promise.all(
        [...new Set(flows.map(accountOf))].map(async (account) => {
          const out: ContractRecord[] = [];
          for (const step of flows.filter((f) => accountOf(f) === account)) out.push(await runFlowStep(harness, step));
          return out;
        }),
      );
      // Named as this test's, so the flow tests' own records stay what the flows phase sent; in plan order.
      const byTitle = new Map(chains.flat().map((r) => [r.title, r]));
      const records = flows.flatMap((step) => {
        const record = byTitle.get(step.title);
        return record ? [{ ...record, phase: 'coverage' as const, title: `coverage ${record.title}` }] : [];
      });
      return { outcome: { records, annotations: [], verdict: verdictOf(records) }, exchanges: [] };
    },
  };
}
