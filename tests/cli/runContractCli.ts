/**
 * Test helper: runs `npm run contract`'s entry point (cli/contract.ts) as a user would, in a child
 * process with its own mock port and reports folder, and reads back what it wrote.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../bench/freePort.ts';

export { freePort };

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface CliRun {
  readonly exitCode: number;
  readonly output: string;
  readonly reportsDir: string;
  /** contract-report.json, parsed (undefined when not written). */
  readonly report: any;
}

/** Variables a developer's shell might have set that would change what the child does. */
const INHERITED_LR = Object.keys(process.env).filter((k) => k.startsWith('LR_'));

export async function runContractCli(env: Record<string, string>, args: string[] = []): Promise<CliRun> {
  const reportsDir = mkdtempSync(join(tmpdir(), 'lr-contract-'));
  const childEnv: Record<string, string | undefined> = {
    ...process.env,
    LR_MOCK_PORT: String(await freePort()),
    LR_REPORTS_DIR: reportsDir,
    ...env,
  };
  for (const k of INHERITED_LR) if (!(k in env) && k !== 'LR_MOCK_PORT' && k !== 'LR_REPORTS_DIR') delete childEnv[k];
  delete childEnv['CI']; // the child decides nothing from CI; keep its output plain
  // As `npm run contract` runs it: the cached bundle (cli/launch.mjs), without npm's own start-up.
  const child = spawn(process.execPath, [join(repoRoot, 'cli', 'launch.mjs'), 'cli/contract.ts', ...args], {
    cwd: repoRoot,
    env: childEnv,
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exitCode: number = await new Promise((r) => child.on('close', (code) => r(code ?? -1)));
  const reportPath = join(reportsDir, 'contract-report.json');
  const report = existsSync(reportPath) ? JSON.parse(readFileSync(reportPath, 'utf8')) : undefined;
  return { exitCode, output, reportsDir, report };
}
