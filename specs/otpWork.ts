/**
 * The OTP-consuming work of the suite as jobs: the examples of the OTP operations, their positive
 * cases, the step-up and OTP single-use flows. Against a real tenant a code is one 30 s step of one
 * account, so when the whole suite runs (LR_PREFETCH_OTP, set by `npm run contract`) every job
 * starts when the worker starts, in the order the tests will ask for them, drawing codes from the
 * account pool while the other phases keep sending within the rate cap; a test then only awaits its
 * job. Otherwise (the mock, a --grep run, a restarted worker) a job runs when its test asks.
 */
import fc from 'fast-check';
import type { ContractRecord } from '../engine/events/contractRecord.ts';
import type { Exchange } from '../engine/transport/exchange.ts';
import { exampleCases, positiveCase } from '../generators/index.ts';
import { operationIds } from '../loginradius/contract/operationIds.ts';
import { otpSingleUseFlow } from '../loginradius/flows/otpSingleUseFlow.ts';
import { OTP_SINGLE_USE_FLOW, STEP_UP_FLOW } from '../loginradius/flows/plannedFlows.ts';
import { stepUpFlow } from '../loginradius/flows/stepUpFlow.ts';
import { verifiesOtp } from '../loginradius/otp/verifiesOtp.ts';
import { examplesSent, FLOW_CODES } from '../harness/runPlan.ts';
import type { Harness } from './fixtures.ts';
import { flowPolicy, runFlow } from './runFlow.ts';

export interface OtpWorkResult {
  readonly records: readonly ContractRecord[];
  /** Every exchange the job sent (the drift sample reads the examples' success shapes). */
  readonly exchanges: readonly Exchange[];
  /** Documented examples not sent, with the reason (remote), for the test's annotation. */
  readonly notSent?: string;
}

export const STEP_UP_TITLE = 'stateful step-up: trigger, valid OTP, step-up token and profile';
export const SINGLE_USE_TITLE = 'stateful OTP single use and expiry: reused → 1068, earlier step → 1069';

type Job = (harness: Harness) => Promise<OtpWorkResult>;

function examplesJob(operationId: string, title: string): Job {
  return async (harness) => {
    const all = exampleCases(harness.contract.operation(operationId), harness.generation('positive'));
    const sent = all.slice(0, examplesSent(harness.config, all.length, true));
    const records: ContractRecord[] = [];
    const exchanges: Exchange[] = [];
    for (const [index, example] of sent.entries())
      records.push(
        await harness.runPhase({
          phase: 'examples',
          title: `${title} #${index + 1}`,
          operationId,
          role: 'positive',
          arbitrary: fc.constant(example),
          numRuns: 1,
          publish: false,
          replayIn: { phase: 'examples', testTitle: title },
          onExchange: (e) => exchanges.push(e),
        }),
      );
    const skipped = all.length - sent.length;
    return {
      records,
      exchanges,
      ...(skipped > 0
        ? {
            notSent: `${skipped} lockout-challenge examples not sent to a real tenant: on an unlocked account their extra fields take the plain example's path, and each would cost a 30 s TOTP step`,
          }
        : {}),
    };
  };
}

function positiveJob(operationId: string, title: string): Job {
  return async (harness) => {
    const exchanges: Exchange[] = [];
    const record = await harness.runPhase({
      phase: 'positive',
      title,
      operationId,
      role: 'positive',
      arbitrary: positiveCase(harness.contract.operation(operationId), harness.generation('positive')),
      publish: false,
      replayIn: { phase: 'positive', testTitle: title },
      onExchange: (e) => exchanges.push(e),
    });
    return { records: [record], exchanges };
  };
}

function flowJob(title: string, name: string, flow: typeof stepUpFlow, codes: number): Job {
  return async (harness) => {
    const record = await runFlow(harness, name, title, flow, harness.account('flow', codes), flowPolicy(harness));
    return { records: [record], exchanges: [] };
  };
}

/** Every OTP job by its test's title, in the order the tests run (file order, then declaration). */
function jobsOf(harness: Harness): Map<string, Job> {
  const otpOps = operationIds().filter((id) => verifiesOtp(harness.contract.operation(id), harness.contract));
  const jobs = new Map<string, Job>();
  for (const op of otpOps) jobs.set(`examples ${op}`, examplesJob(op, `examples ${op}`));
  jobs.set(STEP_UP_TITLE, flowJob(STEP_UP_TITLE, STEP_UP_FLOW, stepUpFlow, FLOW_CODES.stepUp));
  jobs.set(SINGLE_USE_TITLE, flowJob(SINGLE_USE_TITLE, OTP_SINGLE_USE_FLOW, otpSingleUseFlow, FLOW_CODES.singleUse));
  for (const op of otpOps) jobs.set(`positive ${op}`, positiveJob(op, `positive ${op}`));
  return jobs;
}

const started = new WeakMap<Harness, Map<string, Promise<OtpWorkResult>>>();

function runningOf(harness: Harness): Map<string, Promise<OtpWorkResult>> {
  let running = started.get(harness);
  if (!running) {
    running = new Map();
    started.set(harness, running);
  }
  return running;
}

/**
 * Starts the jobs now (whole remote runs); `skip` leaves out jobs whose test will not run. The
 * positive jobs start once the flows have their codes: a flow needs its codes from one account one
 * step apart, and its test comes first, so it must not queue behind positive cases on that account.
 */
export function prefetchOtpWork(harness: Harness, skip: (title: string) => boolean = () => false): void {
  const running = runningOf(harness);
  const start = (title: string, job: Job): Promise<OtpWorkResult> => {
    const result = job(harness);
    result.catch(() => undefined); // awaited, and reported, by its test
    running.set(title, result);
    return result;
  };
  const jobs = [...jobsOf(harness)].filter(([title]) => !skip(title) && !running.has(title));
  const first = jobs.filter(([title]) => !title.startsWith('positive')).map(([title, job]) => start(title, job));
  void Promise.allSettled(first).then(() => {
    for (const [title, job] of jobs) if (title.startsWith('positive') && !running.has(title)) start(title, job);
  });
}

/** The result of the test's job: the prefetched one, or run now. */
export function otpWork(harness: Harness, title: string): Promise<OtpWorkResult> {
  const running = runningOf(harness);
  const existing = running.get(title);
  if (existing) return existing;
  const job = jobsOf(harness).get(title);
  if (!job) throw new Error(`otpWork: no OTP job is named "${title}"`);
  const result = job(harness);
  running.set(title, result);
  return result;
}

/** Is this test's work an OTP job (so its test awaits it)? */
export function isOtpWork(harness: Harness, title: string): boolean {
  return jobsOf(harness).has(title);
}
