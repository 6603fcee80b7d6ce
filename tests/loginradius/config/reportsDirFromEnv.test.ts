import { test, expect } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportsDirFromEnv } from '../../../loginradius/config/reportsDirFromEnv.ts';

test('reportsDirFromEnv: environment first, then .env, else undefined', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lr-reports-'));
  try {
    expect(reportsDirFromEnv({ env: {}, cwd: dir })).toBeUndefined();
    writeFileSync(join(dir, '.env'), 'LR_REPORTS_DIR=from-file\n');
    expect(reportsDirFromEnv({ env: {}, cwd: dir })).toBe('from-file');
    expect(reportsDirFromEnv({ env: { LR_REPORTS_DIR: 'from-env' }, cwd: dir })).toBe('from-env');
    expect(reportsDirFromEnv({ env: { LR_REPORTS_DIR: '  ' }, cwd: join(dir, 'nowhere') })).toBeUndefined();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
