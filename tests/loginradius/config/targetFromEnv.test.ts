import { test, expect } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { targetFromEnv } from '../../../loginradius/config/targetFromEnv.ts';

const cwd = join(tmpdir(), 'lr-no-such-dir');

test('targetFromEnv: the mock with its port, or the remote origin without credentials or query', () => {
  expect(targetFromEnv({ env: {}, cwd })).toBe('embedded mock (http://127.0.0.1:4010)');
  expect(targetFromEnv({ env: { LR_MOCK_PORT: '5000' }, cwd })).toBe('embedded mock (http://127.0.0.1:5000)');
  expect(targetFromEnv({ env: { LR_BASE_URL: 'https://u:pw@api.example.com/stage/?apikey=secret' }, cwd })).toBe(
    'https://api.example.com/stage',
  );
  expect(targetFromEnv({ env: { LR_BASE_URL: 'not a url' }, cwd })).toBe('an invalid LR_BASE_URL');
});
