/** What the numbers were measured on: cores, CPU model, load at start, runtime versions. */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

export interface MachineInfo {
  readonly nproc: number;
  readonly cpuModel: string;
  readonly loadAverageAtStart: readonly [number, number, number];
  readonly memoryGiB: number;
  readonly node: string;
  readonly python: string;
  readonly platform: string;
}

function python(): string {
  try {
    return execFileSync('python3', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'python3 not found';
  }
}

export function machineInfo(): MachineInfo {
  const [one = 0, five = 0, fifteen = 0] = loadavg();
  return {
    nproc: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    loadAverageAtStart: [one, five, fifteen].map((n) => Math.round(n * 100) / 100) as [number, number, number],
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    python: python(),
    platform: `${process.platform} ${process.arch}`,
  };
}
