/**
 * One `npm run contract` with its reports in a temp dir and the
 * mock on a free port, so it never touches reports/ or a running mock.
 * Rates come from the run's own report: cases sent (totals.casesSent) over the wall time of the
 * whole process (start-up included) and over the engine's time (the union of the phases' spans: busyMs.ts).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { busyMs } from './busyMs.ts';
import { freePort } from './freePort.ts';
import { runChild } from './runChild.ts';

export interface PhaseRate {
  readonly title: string;
  readonly phase: string;
  readonly operationId: string | undefined;
  readonly cases: number;
  readonly ms: number;
  /** Epoch ms; absent in reports of older revisions. */
  readonly startedAt: number | undefined;
}

export interface ContractRunResult {
  readonly casesSent: number;
  /** Every record that sent cases, from the report (the drift comparison sends none). */
  readonly phases: readonly PhaseRate[];
  readonly wallMs: number;
  /** The phases' spans joined (busyMs.ts): generate + send + validate + check, without process start-up. */
  readonly engineMs: number;
  /** The report's durationMs (Playwright run, start to end). */
  readonly reportDurationMs: number;
  readonly exitCode: number | null;
  readonly distinctFailures: number;
}

export interface ContractRunOptions {
  readonly cwd: string;
  /** Extra environment, e.g. { LR_NUM_RUNS: '3400' }. */
  readonly env?: Record<string, string>;
  /** Passed to playwright test, e.g. ['--grep', 'negative']. */
  readonly args?: readonly string[];
  readonly timeoutMs?: number;
}

interface Report {
  totals?: { casesSent?: number; distinctFailures?: number };
  durationMs?: number;
  exitCode?: number;
  tests?: Array<{ title?: string; phase?: string; operationId?: string; elapsedMs?: number; startedAt?: number; casesSent?: number }>;
}

export async function runContract(options: ContractRunOptions): Promise<ContractRunResult> {
  const reportsDir = mkdtempSync(join(tmpdir(), 'lr-bench-contract-'));
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      LR_REPORTS_DIR: reportsDir,
      LR_MOCK_PORT: String(await freePort()),
      LR_SEED: '20261125',
      ...options.env,
    };
    // A developer's shell must not point the run elsewhere; a run that names a target keeps it.
    for (const name of ['LR_BASE_URL', 'LR_REPLAY', 'LR_BASELINE_MODE']) if (!(name in (options.env ?? {}))) delete env[name];
    // `npm run contract` itself, so wall clock counts what a user waits for on any revision.
    const run = await runChild('npm', ['run', '-s', 'contract', ...(options.args?.length ? ['--', ...options.args] : [])], {
      cwd: options.cwd,
      env,
      timeoutMs: options.timeoutMs ?? 600_000,
    });
    let report: Report;
    try {
      report = JSON.parse(readFileSync(join(reportsDir, 'contract-report.json'), 'utf8')) as Report;
    } catch {
      throw new Error(
        `runContract: no contract report (exit ${run.code}${run.timedOut ? ', timed out' : ''}); run "npm run contract" to see why\n${run.stderr.slice(-800)}`,
      );
    }
    // The baseline comparison record sends nothing and its elapsedMs spans the sample phases: skip it.
    const phases = (report.tests ?? [])
      .filter((t) => (t.casesSent ?? 0) > 0)
      .map((t) => ({
        title: t.title ?? '?',
        phase: t.phase ?? '?',
        operationId: t.operationId,
        cases: t.casesSent ?? 0,
        ms: t.elapsedMs ?? 0,
        startedAt: t.startedAt,
      }));
    return {
      casesSent: report.totals?.casesSent ?? 0,
      phases,
      wallMs: run.wallMs,
      engineMs: busyMs(phases),
      reportDurationMs: report.durationMs ?? NaN,
      exitCode: run.code,
      distinctFailures: report.totals?.distinctFailures ?? 0,
    };
  } finally {
    rmSync(reportsDir, { recursive: true, force: true });
  }
}
