import { test, expect } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileStepStore } from '../../../loginradius/otp/fileStepStore.ts';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

test('shared through the file, only moves forward, keyed by a hash (the secret is never written)', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'otp-steps-')), 'nested', '.otp-steps.json');
  const a = fileStepStore(path, SECRET);
  const b = fileStepStore(path, SECRET);
  const other = fileStepStore(path, 'KRSXG5CTMVRXEZLU');
  expect(a.read()).toBeUndefined();
  a.write(100);
  b.write(99);
  expect(b.read()).toBe(100);
  expect(other.read()).toBeUndefined();
  expect(readFileSync(path, 'utf8')).not.toContain(SECRET);
});

test('an unreadable file counts as nothing known, and is replaced on the next write', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'otp-steps-')), '.otp-steps.json');
  writeFileSync(path, 'not json');
  const store = fileStepStore(path, SECRET);
  expect(store.read()).toBeUndefined();
  store.write(7);
  expect(store.read()).toBe(7);
});
