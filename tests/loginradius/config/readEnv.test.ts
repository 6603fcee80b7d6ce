import { test, expect } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEnv } from '../../../loginradius/config/readEnv.ts';

test('readEnv: .env fills gaps only, never mutates the given env, and a missing file is fine', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lr-readenv-'));
  try {
    writeFileSync(join(dir, '.env'), "A=from-file\nB=from-file\nC='quoted # not a comment'\n");
    const given = { A: 'from-env' };
    const { env, dotenvFile } = readEnv({ env: given, cwd: dir });
    expect([env['A'], env['B'], env['C']]).toEqual(['from-env', 'from-file', 'quoted # not a comment']);
    expect(given).toEqual({ A: 'from-env' });
    expect(dotenvFile).toBe(join(dir, '.env'));
    expect(readEnv({ env: {}, cwd: join(dir, 'none') })).toEqual({ env: {} });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
