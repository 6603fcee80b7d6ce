import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureProcessCpu, processRole, summariseProbeLines } from '../../bench/processCpu.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

test('processRole names each process of npm run contract from its arguments, and nothing else', () => {
  expect(processRole(['/usr/bin/npm', 'run', '-s', 'contract'])).toBe('npm');
  expect(processRole(['/usr/lib/node_modules/npm/bin/npm-cli.js', 'run', 'contract'])).toBe('npm');
  expect(processRole(['/repo/cli/contract.ts', '--grep', 'x'])).toBe('command');
  expect(processRole(['/repo/mock/main.ts', '--port', '4010'])).toBe('mock');
  expect(processRole(['/repo/node_modules/.bin/playwright', 'test', '--project=contract'])).toBe('playwright runner');
  expect(processRole(['/repo/node_modules/@playwright/test/cli.js', 'test'])).toBe('playwright runner');
  expect(processRole(['/repo/node_modules/playwright/lib/worker/workerProcessEntry.js'])).toBe('playwright worker');
  expect(processRole(['/repo/node_modules/.bin/playwright', 'show-report'])).toBe('other');
  expect(processRole(['/repo/cli/contract.ts.bak'])).toBe('other');
  expect(processRole([])).toBe('other');
});

const roleArgv = fc.constantFrom(
  ['/usr/bin/npm', 'run', 'contract'],
  ['/r/cli/contract.ts'],
  ['/r/mock/main.ts'],
  ['/r/node_modules/.bin/playwright', 'test'],
  ['/r/node_modules/playwright/lib/worker/workerProcessEntry.js'],
  ['/r/tools/other.ts'],
);

test('summariseProbeLines: per role the processes and CPU of its lines, garbage ignored, the total over the cores bounds the wall clock', () => {
  fc.assert(
    fc.property(
      fc.array(fc.record({ argv: roleArgv, cpuMs: fc.integer({ min: 0, max: 100_000 }) }), { maxLength: 12 }),
      fc.array(fc.constantFrom('', 'not json', '{"cpuMs":"1","argv":[]}', '{"argv":["/r/cli/contract.ts"]}', '[1]'), { maxLength: 4 }),
      fc.integer({ min: 1, max: 64 }),
      (lines, garbage, cores) => {
        const text = [...lines.map((l, i) => JSON.stringify({ pid: i, lifeMs: 1, ...l })), ...garbage].join('\n');
        const summary = summariseProbeLines(text, cores, 1234.4, 0);
        for (const role of new Set(lines.map((l) => processRole(l.argv)))) {
          const mine = lines.filter((l) => processRole(l.argv) === role);
          expect(summary.roles.find((r) => r.role === role)).toEqual({
            role,
            processes: mine.length,
            cpuMs: mine.reduce((n, l) => n + l.cpuMs, 0),
          });
        }
        expect(summary.roles.length).toBe(new Set(lines.map((l) => processRole(l.argv))).size);
        const total = lines.reduce((n, l) => n + l.cpuMs, 0);
        expect(summary.totalCpuMs).toBe(total);
        expect(summary.cpuBoundWallMs).toBe(Math.round(total / cores));
        expect(summary).toMatchObject({ cores, wallMs: 1234, exitCode: 0 });
      },
    ),
  );
});

test('measureProcessCpu: one default-suite run reports every process it starts, each with CPU time', async () => {
  const cpu = await measureProcessCpu({ cwd: repoRoot, env: { LR_NUM_RUNS: '5' } });
  expect(cpu.exitCode).toBe(0);
  const roles = cpu.roles.map((r) => r.role);
  expect(roles).toEqual(['npm', 'command', 'mock', 'playwright runner', 'playwright worker']);
  for (const r of cpu.roles) expect(r.cpuMs, r.role).toBeGreaterThan(0);
  expect(cpu.totalCpuMs).toBe(cpu.roles.reduce((n, r) => n + r.cpuMs, 0));
  expect(cpu.wallMs).toBeGreaterThan(0);
});
