/** Only the pack's config loader (and the entry points that hand the environment to it) read process.env. */
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sourceDirs = ['engine', 'generators', 'loginradius', 'harness', 'reporting', 'mock', 'specs', 'cli'];

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? tsFiles(full) : name.endsWith('.ts') ? [full] : [];
  });
}

test('only loginradius/config and the entry points read process.env', () => {
  // cli/ entry points pass the environment to loadConfig and to the Playwright child; mock/main.ts is
  // the standalone mock's own entry point; playwright.config.ts fixes the seed and the deadline;
  // specs/fixtures.ts (the workers' entry) reads the manifest the CLI hands over (LR_SUITE_MANIFEST).
  const allowed = new Set([
    'playwright.config.ts',
    'mock/main.ts',
    'cli/contract.ts',
    'cli/diff.ts',
    'cli/enroll.ts',
    'cli/unlock.ts',
    'specs/fixtures.ts',
  ]);
  const readers = sourceDirs
    .flatMap((d) => tsFiles(join(root, d)))
    .map((f) => relative(root, f))
    .filter((f) => !f.startsWith('loginradius/config/') && !allowed.has(f))
    .filter((f) => /process\.env\b/.test(readFileSync(join(root, f), 'utf8')));
  expect(readers).toEqual([]);
});
