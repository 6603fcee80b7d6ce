/**
 * Black-box, like Playwright's own reporter specs: runs the real test runner on inline test files
 * that attach contract records, with this reporter configured by path, and checks output and exit.
 */
import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { failureRecord, record } from './recordFixtures.ts';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

test('the real runner loads the reporter, which writes the reports and fails the run on contract failures', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lr-runner-'));
  try {
    mkdirSync(join(dir, 'node_modules'));
    for (const pkg of ['@playwright', 'playwright', 'playwright-core'])
      symlinkSync(join(root, 'node_modules', pkg), join(dir, 'node_modules', pkg));
    writeFileSync(
      join(dir, 'playwright.config.ts'),
      `export default { testDir: '.', reporter: [[${JSON.stringify(join(root, 'reporting/contractReporter.ts'))}, { outputDir: 'out' }]], use: { baseURL: 'https://api.example.com' } };`,
    );
    const attachOf = (r: unknown) =>
      `await testInfo.attach('contract-record', { contentType: 'application/json', body: ${JSON.stringify(JSON.stringify(r))} });`;
    writeFileSync(
      join(dir, 'a.test.ts'),
      `import { test } from '@playwright/test';
test('negative', async ({}, testInfo) => { ${attachOf(record({ failures: [failureRecord({ occurrences: 2 })] }))} });
test('positive', async ({}, testInfo) => { ${attachOf(record({ phase: 'positive', failures: [failureRecord({ occurrences: 3 })] }))} });
`,
    );
    const env = Object.fromEntries(
      Object.entries(process.env).filter(
        ([k]) => !k.startsWith('PW_') && !k.startsWith('PLAYWRIGHT_') && !k.startsWith('TEST_') && k !== 'LR_REPORTS_DIR',
      ),
    );
    const run = spawnSync(join(root, 'node_modules/.bin/playwright'), ['test', '--config', 'playwright.config.ts'], {
      cwd: dir,
      env,
      encoding: 'utf8',
      timeout: 50_000,
    });
    expect(run.stdout).toContain('✗ negative mfaUpdateSetting 100 cases, 1 failure (1.2 s)');
    expect(run.stdout).toContain('exit code 1 (contract failures)');
    expect(run.status).toBe(1);
    const json = JSON.parse(readFileSync(join(dir, 'out', 'contract-report.json'), 'utf8'));
    expect([json.exitCode, json.target, json.failures.length, json.failures[0].occurrences]).toEqual([1, 'https://api.example.com', 1, 5]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
