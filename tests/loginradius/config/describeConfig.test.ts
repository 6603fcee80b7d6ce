import { test, expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeConfig } from '../../../loginradius/config/describeConfig.ts';
import { loadConfig } from '../../../loginradius/config/loadConfig.ts';

test('describeConfig: prints the target and a replayable seed, and no secret value', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lr-describe-'));
  try {
    const mock = loadConfig({ env: {}, cwd: dir });
    const text = describeConfig(mock);
    expect(text).toContain('target: mock http://127.0.0.1:4010 (mock tenant suspend, lockout Suspend)');
    expect(text).toContain(`replay this run with LR_SEED=${mock.seed}`);
    expect(text).toContain(`baseline: comparing with ${mock.baselinePath}`);
    for (const s of mock.secrets) expect(text).not.toContain(s);
    expect(text).not.toContain('LR_REQUEST_BUDGET');
    expect(describeConfig(loadConfig({ env: { LR_REQUEST_BUDGET: '240' }, cwd: dir }))).toContain(
      'no rate cap, at most 240 requests (LR_REQUEST_BUDGET)',
    );
    const remote = loadConfig({
      env: {
        LR_BASE_URL: 'https://api.example.com',
        LR_API_KEY: '0f8c3a52-7d1e-4b9a-a6c2-5e4f3d2c1b0a',
        LR_ACCESS_TOKEN: 'tok-123456',
        LR_TOTP_SECRET: 'JBSWY3DPEHPK3PXP',
        LR_SEED: '7',
      },
      cwd: dir,
    });
    expect(describeConfig(remote)).toMatch(/seed 7 \(from LR_SEED\)[\s\S]*≤ 4 requests\/s[\s\S]*lockout flows off, ≤ 3 wrong OTPs/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
