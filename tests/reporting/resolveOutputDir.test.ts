import { test, expect } from '@playwright/test';
import { resolveOutputDir } from '../../reporting/resolveOutputDir.ts';

test('resolveOutputDir: environment → option → "reports", relative to the config directory', () => {
  expect(resolveOutputDir({ configDir: '/repo', fromEnv: 'env-dir', option: 'opt' })).toBe('/repo/env-dir');
  expect(resolveOutputDir({ configDir: '/repo', fromEnv: undefined, option: 'opt' })).toBe('/repo/opt');
  expect(resolveOutputDir({ configDir: '/repo', fromEnv: undefined })).toBe('/repo/reports');
  expect(resolveOutputDir({ configDir: '/repo', fromEnv: '/abs/out' })).toBe('/abs/out');
});
