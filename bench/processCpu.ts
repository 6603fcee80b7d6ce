/**
 * Where the cores go during one `npm run contract`: every Node process it starts (npm, the command,
 * the mock, Playwright's runner and worker) reports its CPU time at exit (bench/processCpuProbe.mjs,
 * preloaded with NODE_OPTIONS=--import). The sum over the machine's cores is the shortest wall clock
 * the same work could take: when the run's wall clock is close to it, the run is CPU-bound and only
 * less work makes it faster.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runContract, type ContractRunOptions } from './contractRun.ts';

export type ProcessRole = 'npm' | 'command' | 'mock' | 'playwright runner' | 'playwright worker' | 'other';

export interface RoleCpu {
  readonly role: ProcessRole;
  readonly processes: number;
  readonly cpuMs: number;
}

export interface ProcessCpu {
  readonly wallMs: number;
  readonly exitCode: number | null;
  readonly cores: number;
  /** In the order of ROLES; roles with no process are left out. */
  readonly roles: readonly RoleCpu[];
  readonly totalCpuMs: number;
  /** totalCpuMs / cores: no schedule of this work on these cores ends sooner. */
  readonly cpuBoundWallMs: number;
}

const ROLES: readonly ProcessRole[] = ['npm', 'command', 'mock', 'playwright runner', 'playwright worker', 'other'];

/** Which part of `npm run contract` a Node process is, from its arguments (process.argv without node). */
export function processRole(argv: readonly string[]): ProcessRole {
  const entry = (argv[0] ?? '').replaceAll('\\', '/');
  if (/\/workerProcessEntry\.js$/.test(entry)) return 'playwright worker';
  if (/(^|\/)(playwright|cli\.js)$/.test(entry) && argv[1] === 'test') return 'playwright runner';
  if (/(^|\/)npm(-cli\.js)?$/.test(entry)) return 'npm';
  if (/(^|\/)cli\/contract\.ts$/.test(entry)) return 'command';
  if (/(^|\/)mock\/main\.ts$/.test(entry)) return 'mock';
  return 'other';
}

/** Sums the probe's lines per role; a line that is not a probe line is ignored. */
export function summariseProbeLines(text: string, cores: number, wallMs: number, exitCode: number | null): ProcessCpu {
  const byRole = new Map<ProcessRole, { processes: number; cpuMs: number }>();
  for (const line of text.split('\n')) {
    let parsed: { cpuMs?: unknown; argv?: unknown };
    try {
      parsed = JSON.parse(line) as typeof parsed;
    } catch {
      continue;
    }
    if (typeof parsed.cpuMs !== 'number' || !Array.isArray(parsed.argv)) continue;
    const role = processRole(parsed.argv.map(String));
    const sum = byRole.get(role) ?? { processes: 0, cpuMs: 0 };
    byRole.set(role, { processes: sum.processes + 1, cpuMs: sum.cpuMs + parsed.cpuMs });
  }
  const roles = ROLES.flatMap((role) => {
    const sum = byRole.get(role);
    return sum ? [{ role, processes: sum.processes, cpuMs: Math.round(sum.cpuMs) }] : [];
  });
  const totalCpuMs = roles.reduce((n, r) => n + r.cpuMs, 0);
  return { wallMs: Math.round(wallMs), exitCode, cores, roles, totalCpuMs, cpuBoundWallMs: Math.round(totalCpuMs / cores) };
}

/** One `npm run contract` as runContract makes it (own reports dir, own mock port), with every process probed. */
export async function measureProcessCpu(options: ContractRunOptions): Promise<ProcessCpu> {
  const dir = mkdtempSync(join(tmpdir(), 'lr-bench-cpu-'));
  const logPath = join(dir, 'cpu.jsonl');
  try {
    const probe = pathToFileURL(join(options.cwd, 'bench', 'processCpuProbe.mjs')).href;
    const run = await runContract({
      ...options,
      env: { ...options.env, LR_BENCH_CPU_LOG: logPath, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${probe}`.trim() },
    });
    let text = '';
    try {
      text = readFileSync(logPath, 'utf8');
    } catch {
      // No process reported: every role stays empty and the caller sees the exit code.
    }
    return summariseProbeLines(text, cpus().length, run.wallMs, run.exitCode);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
