/**
 * The floor of any default-suite run through Playwright's runner: the runner alone, started the way
 * a user starts a command (`npm exec playwright test`), running as many empty tests as the suite has
 * and writing the suite's Playwright reports (list, HTML, JUnit, JSON). No request is sent, so no
 * suite can finish faster; its cases over this time bound the default suite's rate.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runChild } from './runChild.ts';

export interface PlaywrightFloor {
  readonly tests: number;
  readonly wallMs: number;
  readonly exitCode: number | null;
}

export async function measurePlaywrightFloor(options: { readonly cwd: string; readonly tests: number }): Promise<PlaywrightFloor> {
  // Inside node_modules/ so the config and spec resolve @playwright/test as the suite's do.
  const cacheDir = join(options.cwd, 'node_modules', '.cache');
  mkdirSync(cacheDir, { recursive: true });
  const dir = mkdtempSync(join(cacheDir, 'lr-bench-floor-'));
  try {
    const reporters =
      "[['list'], ['html', { outputFolder: 'r/html', open: 'never' }], ['junit', { outputFile: 'r/junit.xml' }], ['json', { outputFile: 'r/results.json' }]]";
    writeFileSync(
      join(dir, 'playwright.config.mjs'),
      `import { defineConfig } from '@playwright/test';\nexport default defineConfig({ workers: 1, reporter: ${reporters}, outputDir: 'r/test-results', projects: [{ name: 'contract', testDir: './specs', testMatch: '**/*.spec.mjs' }] });\n`,
    );
    mkdirSync(join(dir, 'specs'));
    writeFileSync(
      join(dir, 'specs', 'floor.spec.mjs'),
      `import { test, expect } from '@playwright/test';\nfor (let i = 0; i < ${options.tests}; i++) test('empty ' + i, async () => { expect(i).toBe(i); });\n`,
    );
    const run = await runChild('npm', ['exec', '--no', '--', 'playwright', 'test', '--config', join(dir, 'playwright.config.mjs')], {
      cwd: options.cwd,
      timeoutMs: 120_000,
    });
    return { tests: options.tests, wallMs: Math.round(run.wallMs), exitCode: run.code };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
