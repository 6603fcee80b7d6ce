/**
 * Where the start-up of `npm run contract` goes, measured from outside as a user sees it: the
 * command is spawned at t = 0 against a mock this process already runs (both the CLI and
 * Playwright's webServer reuse a mock answering on the port, and reset it), and the stages are
 *   first request   the first vendor request the mock logged (its clock is real time after a reset)
 *   runner ready    Playwright prints "Running N tests"
 *   first outcome   the first test result line
 *   exit            the command has exited (reports written)
 * The same measurement works on any revision: it needs only `npm run contract` and the mock's log.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMock } from '../mock/startMock.ts';
import type { ContractRunOptions } from './contractRun.ts';
import { freePort } from './freePort.ts';

export interface StartupStages {
  readonly firstRequestMs: number;
  readonly runnerReadyMs: number;
  readonly firstOutcomeMs: number;
  readonly exitMs: number;
  readonly exitCode: number | null;
  readonly casesLogged: number;
}

/** The checkout, extra variables and Playwright arguments, as for one contract run. */
export async function measureStartup(options: ContractRunOptions): Promise<StartupStages> {
  const port = await freePort();
  const mock = await startMock({ port, requestLogSize: 100_000 });
  const reportsDir = mkdtempSync(join(tmpdir(), 'lr-bench-startup-'));
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      LR_MOCK_PORT: String(port),
      LR_REPORTS_DIR: reportsDir,
      LR_SEED: '20261125',
      ...options.env,
    };
    for (const name of ['LR_BASE_URL', 'LR_REPLAY', 'LR_BASELINE_MODE', 'LR_SUITE_MANIFEST']) delete env[name];
    const started = Date.now();
    let runnerReadyMs = Number.NaN;
    let firstOutcomeMs = Number.NaN;
    const child = spawn('npm', ['run', '-s', 'contract', ...(options.args?.length ? ['--', ...options.args] : [])], {
      cwd: options.cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const at = Date.now() - started;
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (Number.isNaN(runnerReadyMs) && /Running \d+ tests?/.test(line)) runnerReadyMs = at;
        if (Number.isNaN(firstOutcomeMs) && /^\s+[✓✘-]\s+\d+ \[contract\]/.test(line)) firstOutcomeMs = at;
      }
    });
    child.stderr.resume();
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 300_000);
    const exitCode: number | null = await new Promise((resolve) => child.once('close', (code) => resolve(code)));
    clearTimeout(timer);
    const exitMs = Date.now() - started;
    const vendor = (await (await fetch(`${mock.url}/__mock/requests`)).json()) as { entries: Array<{ time: string; path: string }> };
    const sent = vendor.entries.filter((e) => !e.path.startsWith('/__mock'));
    const first = sent.length === 0 ? Number.NaN : Math.min(...sent.map((e) => Date.parse(e.time))) - started;
    return { firstRequestMs: first, runnerReadyMs, firstOutcomeMs, exitMs, exitCode, casesLogged: sent.length };
  } finally {
    await mock.close();
    rmSync(reportsDir, { recursive: true, force: true });
  }
}
