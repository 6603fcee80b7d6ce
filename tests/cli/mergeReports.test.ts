/**
 * The README's sharded CI sample: two shards write blob reports, `npx playwright merge-reports --config
 * playwright.config.ts` merges them, and every report lands where a single run puts it
 * (contract-report.*, html/index.html, junit.xml, results.json under LR_REPORTS_DIR).
 */
import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './runContractCli.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function playwright(args: string[], env: Record<string, string>): Promise<{ code: number; output: string }> {
  const childEnv: Record<string, string | undefined> = { ...process.env, ...env };
  for (const k of Object.keys(childEnv)) if (k.startsWith('LR_') && !(k in env)) delete childEnv[k];
  const child = spawn(join(repoRoot, 'node_modules', '.bin', 'playwright'), args, { cwd: repoRoot, env: childEnv });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return { code: await new Promise((r) => child.on('close', (c) => r(c ?? -1))), output };
}

test('two shards + merge-reports --config: every report where the single run writes it', async () => {
  test.setTimeout(300_000);
  const work = mkdtempSync(join(tmpdir(), 'lr-merge-'));
  const all = join(work, 'all-blobs');
  mkdirSync(all);
  const common = { LR_MOCK_PORT: String(await freePort()), LR_SEED: '4', LR_NUM_RUNS: '3' };
  for (const shard of [1, 2]) {
    const blobs = join(work, `blob-${shard}`);
    const run = await playwright(
      ['test', '--project=contract', `--shard=${shard}/2`, '--reporter=blob', '--grep', 'positive mfaReAuthenticate$|stateful step-up'],
      { ...common, LR_REPORTS_DIR: join(work, `shard-${shard}`), PLAYWRIGHT_BLOB_OUTPUT_DIR: blobs },
    );
    expect(run.code, run.output).toBe(0);
    for (const f of readdirSync(blobs)) copyFileSync(join(blobs, f), join(all, f));
  }
  const reports = join(work, 'reports');
  const merged = await playwright(['merge-reports', '--config', 'playwright.config.ts', all], { LR_REPORTS_DIR: reports });
  expect(merged.code, merged.output).toBe(0);
  for (const file of ['contract-report.json', 'contract-report.md', 'contract-report.html', 'html/index.html', 'junit.xml', 'results.json'])
    expect(existsSync(join(reports, file)), file).toBe(true);
  const report = JSON.parse(readFileSync(join(reports, 'contract-report.json'), 'utf8'));
  expect(report.exitCode).toBe(0);
  expect(report.tests.length).toBe(2);
  expect(readFileSync(join(reports, 'junit.xml'), 'utf8')).toContain('<testsuites');
});
