import { test, expect } from '@playwright/test';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measurePlaywrightFloor } from '../../bench/playwrightFloor.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

test('the floor run: Playwright runs the empty tests with the suite reporters, passes, and leaves nothing behind', async () => {
  const floor = await measurePlaywrightFloor({ cwd: repoRoot, tests: 3 });
  expect(floor).toMatchObject({ tests: 3, exitCode: 0 });
  expect(floor.wallMs).toBeGreaterThan(0);
  const cache = join(repoRoot, 'node_modules', '.cache');
  expect(existsSync(cache) ? readdirSync(cache).filter((f) => f.startsWith('lr-bench-floor-')) : []).toEqual([]);
});
