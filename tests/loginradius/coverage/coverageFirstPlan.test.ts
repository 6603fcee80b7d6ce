/**
 * Laws of the coverage-first plan: on the mock it holds every applicable rule of every operation
 * exactly once, every example and the flows no single request replaces, and its first round touches
 * every operation and every class of answer; against a real tenant no case outside the lockout
 * budget sends a wrong code, each OTP operation gets one positive case, and everything left out is
 * named with its reason. The same inputs give the same plan.
 */
import { test, expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Case } from '../../../engine/case/case.ts';
import { applicableRules, coverageCases, exampleCases } from '../../../generators/index.ts';
import type { Config } from '../../../loginradius/config/config.ts';
import { loadConfig } from '../../../loginradius/config/loadConfig.ts';
import { wrongOtpBudget } from '../../../loginradius/config/wrongOtpBudget.ts';
import { operationIds } from '../../../loginradius/contract/operationIds.ts';
import { COVERAGE_CLASS_ORDER, coverageFirstPlan, type CoverageFirstPlan } from '../../../loginradius/coverage/coverageFirstPlan.ts';
import { plannedFlows } from '../../../loginradius/flows/plannedFlows.ts';
import { loginRadiusGenerationContext, totpCode, verifiesOtp } from '../../../loginradius/index.ts';
import { contract, FIXED_NOW } from '../../generators/generationFixture.ts';
import { carriesWrongCode } from '../rules/carriesWrongCode.ts';

const REMOTE = {
  LR_BASE_URL: 'https://api.example.com',
  LR_API_KEY: '0f8c3a52-7d1e-4b9a-a6c2-5e4f3d2c1b0a',
  LR_ACCESS_TOKEN: 'a1b2c3d4-e5f6-4789-abcd-ef0123456789',
  LR_TOTP_SECRET: 'JBSWY3DPEHPK3PXP',
};

let dir: string;
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lr-coverage-plan-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

const configOf = (env: Record<string, string>): Config => loadConfig({ env: { LR_SEED: '4', ...env }, cwd: dir });
const contextsOf = (config: Config) => ({
  positive: loginRadiusGenerationContext(contract, config.credentials.positive, () => FIXED_NOW),
  negative: loginRadiusGenerationContext(contract, config.credentials.negative, () => FIXED_NOW),
});
const planOf = (config: Config): CoverageFirstPlan => coverageFirstPlan({ contract, config, generation: contextsOf(config) });
const casesOf = (plan: CoverageFirstPlan) => plan.steps.flatMap((s) => (s.kind === 'case' ? [s.item] : []));
const shape = (plan: CoverageFirstPlan) =>
  plan.steps.map((s) => (s.kind === 'case' ? { op: s.item.operationId, case: s.item.case } : { flow: s.title }));

test('mock: every applicable rule of every operation exactly once, every example once, nothing left out', () => {
  const config = configOf({});
  const plan = planOf(config);
  const { negative, positive } = contextsOf(config);
  for (const id of operationIds(contract)) {
    const op = contract.operation(id);
    const own = casesOf(plan).filter((i) => i.operationId === id);
    // Exactly once each, in the plan's order (sorted here: the plan interleaves them by class).
    expect(
      own
        .filter((i) => i.source === 'rule')
        .map((i) => i.rule!)
        .sort(),
    ).toEqual(
      applicableRules(op, negative)
        .map((r) => r.name)
        .sort(),
    );
    expect(own.filter((i) => i.source === 'example').map((i) => i.case)).toEqual(exampleCases(op, positive));
  }
  expect(plan.notSent).toEqual([]);
  expect(plan.wrongOtpCases).toBe(casesOf(plan).filter((i) => i.sendsWrongOtp).length);
});

test('mock: the flows no single request replaces, the tenant lockout type first; never the step-up flow', () => {
  const flows = (config: Config) => planOf(config).steps.flatMap((s) => (s.kind === 'flow' ? [s.title] : []));
  expect(flows(configOf({}))).toEqual([
    'lockout Suspend',
    'OTP single use',
    'lockout Captcha',
    'lockout SecurityQuestion',
    'lockout Block',
  ]);
  expect(flows(configOf({ LR_LOCKOUT_TYPE: 'Captcha' }))[0]).toBe('lockout Captcha');
});

test('mock: the first round touches every operation and every class of answer, each class once and in order', () => {
  const plan = planOf(configOf({}));
  const round = plan.steps.slice(0, COVERAGE_CLASS_ORDER.length);
  expect(round.map((s) => (s.kind === 'flow' ? 'stateful' : s.item.responseClass))).toEqual(COVERAGE_CLASS_ORDER);
  const touched = new Set(round.flatMap((s) => (s.kind === 'case' ? [s.item.operationId] : [])));
  expect([...touched].sort()).toEqual([...operationIds(contract)].sort());
  // The second step is already a refusal of a wrong code, the third the brute-force lockout.
  expect(round[1]).toMatchObject({ kind: 'case', item: { sendsWrongOtp: true } });
  expect(round[2]).toMatchObject({ kind: 'flow', title: 'lockout Suspend' });
});

test('law: the same inputs give the same plan', () => {
  for (const env of [{}, REMOTE, { ...REMOTE, LR_LOCKOUT_BUDGET: '0' }])
    expect(shape(planOf(configOf(env)))).toEqual(shape(planOf(configOf(env))));
});

for (const budget of [0, 1, 2, 3, 4])
  for (const allow of ['0', '1'])
    test(`remote, LR_LOCKOUT_BUDGET=${budget}, LR_ALLOW_LOCKOUT=${allow}: no case outside the budget sends a wrong code; one positive case per OTP operation; the rest named`, () => {
      const config = configOf({ ...REMOTE, LR_LOCKOUT_BUDGET: String(budget), LR_ALLOW_LOCKOUT: allow });
      const plan = planOf(config);
      const valid = totpCode(config.credentials.negative.totpSecret, FIXED_NOW);
      const wrong = casesOf(plan).filter((i) => carriesWrongCode(i.case, valid));
      expect(wrong.every((i) => i.sendsWrongOtp)).toBe(true);
      expect(wrong.length).toBeLessThanOrEqual(wrongOtpBudget(config));
      expect(plan.wrongOtpCases).toBe(casesOf(plan).filter((i) => i.sendsWrongOtp).length);
      expect(plan.wrongOtpCases).toBeLessThanOrEqual(wrongOtpBudget(config));
      // The budget is spent, not wasted: as many wrong-code cases as it allows (there are 6).
      expect(plan.wrongOtpCases).toBe(Math.min(6, wrongOtpBudget(config)));
      for (const id of operationIds(contract).filter((x) => verifiesOtp(contract.operation(x), contract))) {
        const positives = casesOf(plan).filter((i) => i.operationId === id && i.case.label.kind === 'positive');
        expect(positives.map((i) => i.case.label)).toEqual([{ kind: 'positive', example: '1' }]);
      }
      const flows = plan.steps.flatMap((s) => (s.kind === 'flow' ? [s.title] : []));
      const open = plannedFlows(config).filter((f) => f.unreachable === undefined && f.title !== 'step-up');
      expect(flows.sort()).toEqual(open.map((f) => f.title).sort());
      // Everything the operations' sets hold is either planned or named with its reason.
      const total = operationIds(contract).reduce(
        (n, id) => n + coverageCases(contract.operation(id), contextsOf(config), { seed: config.seed }).length,
        0,
      );
      expect(casesOf(plan).length + plan.notSent.length).toBe(total);
      for (const n of plan.notSent) expect(n.reason).toMatch(/LR_LOCKOUT_BUDGET|TOTP step/);
    });

test('otpPositives overrides how many positive cases an OTP operation gets', () => {
  const config = configOf(REMOTE);
  const plan = coverageFirstPlan({ contract, config, generation: contextsOf(config), otpPositives: 0 });
  const positives = (p: CoverageFirstPlan) =>
    casesOf(p).filter((i) => i.case.label.kind === 'positive' && verifiesOtp(contract.operation(i.operationId), contract));
  expect(positives(plan)).toEqual([]);
  expect(positives(planOf(configOf({}))).length).toBe(10);
  const anyCase: Case | undefined = casesOf(plan)[0]?.case;
  expect(anyCase?.operationId).toBe('mfaReAuthenticate');
});
