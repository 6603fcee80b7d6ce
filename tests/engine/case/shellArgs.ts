/**
 * Test helper: runs shell lines through bash with `curl` replaced by a function that prints its
 * argument count and arguments NUL-separated, and parses them back. Proves the quoting round-trips.
 */
import { spawnSync } from 'node:child_process';

export function argvOf(lines: readonly string[]): string[][] {
  const script = ['curl() { printf "%s\\0" "$#" "$@"; }', ...lines].join('\n');
  const run = spawnSync('bash', ['-c', script], { encoding: 'buffer', env: { PATH: '/usr/bin:/bin', LC_ALL: 'C.UTF-8' } });
  if (run.status !== 0) throw new Error(`bash failed (${run.status}): ${run.stderr.toString()}`);
  const parts = run.stdout.toString('utf8').split('\0');
  const calls: string[][] = [];
  let i = 0;
  while (i < parts.length - 1) {
    const n = Number(parts[i]);
    calls.push(parts.slice(i + 1, i + 1 + n));
    i += 1 + n;
  }
  return calls;
}
