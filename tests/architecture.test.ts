/**
 * Keeps ARCHITECTURE.md true: every import in the sources must follow the allowed arrows.
 * Like Playwright's DEPS.list check, but as a test so CI enforces it.
 */
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDirs = ['core', 'generators', 'reporting', 'mock', 'specs', 'cli', 'bench'];

function tsFiles(dir: string): string[] {
  let found: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return found;
  }
  for (const name of entries) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) found = found.concat(tsFiles(full));
    else if (name.endsWith('.ts')) found.push(full);
  }
  return found;
}

/** Repo-relative targets of the relative imports in one file. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)]
    .map((m) => m[1] ?? m[2] ?? '')
    .filter((s) => s.startsWith('.'));
  return specifiers.map((s) => relative(root, resolve(dirname(file), s)));
}

/** [importer prefix, forbidden target prefix, why] */
const forbidden: Array<[string, string, string]> = [
  ['', 'specs/', 'specs/ is the composition root: nothing imports it'],
  ['mock/', 'core/', 'the mock is independent ground truth'],
  ['mock/', 'generators/', 'the mock is independent ground truth'],
  ['mock/', 'reporting/', 'the mock is independent ground truth'],
  ['core/', 'generators/', 'the engine does not know how cases are made'],
  ['core/', 'reporting/', 'the engine never imports reporting'],
  ['generators/', 'core/transport/', 'generation does not know about sending'],
  ['generators/', 'core/checks/', 'generation does not know about judging'],
  ['generators/', 'core/run/', 'generation does not know about the engine'],
  ['generators/', 'reporting/', 'generation does not know about reporting'],
  ['core/contract/', 'core/validation/', 'contract is the bottom layer'],
  ['core/contract/', 'core/case/', 'contract is the bottom layer'],
  ['core/contract/', 'core/checks/', 'contract is the bottom layer'],
  ['core/validation/', 'core/checks/', 'checks → validation, never back'],
  ['core/validation/', 'core/transport/', 'validation knows nothing of sending'],
  ['core/checks/', 'core/flows/', 'checks judge one exchange; flows compose them'],
  ['core/checks/', 'core/run/', 'checks do not know the engine'],
  ['core/transport/', 'core/checks/', 'transport does not judge'],
  ['reporting/', 'core/run/', 'reporters only consume events'],
  ['reporting/', 'core/flows/', 'reporters only consume events'],
  ['reporting/', 'core/checks/index', 'reporters only consume events'],
  ['core/flows/', 'generators/', 'flows build their own plain requests'],
  ['cli/', 'specs/', 'the CLI runs the suite as a child process'],
  ['reporting/', 'generators/', 'reporters only consume events'],
];

test('imports follow the layering written in ARCHITECTURE.md', () => {
  const files = sourceDirs.flatMap((d) => tsFiles(join(root, d)));
  expect(files.length).toBeGreaterThan(0);
  const violations: string[] = [];
  for (const file of files) {
    const from = relative(root, file);
    for (const target of importsOf(file)) {
      for (const [importer, targetPrefix, why] of forbidden) {
        if (targetPrefix === 'specs/' && from.startsWith('specs/')) continue;
        if (from.startsWith(importer) && target.startsWith(targetPrefix.replace(/\/$/, '')))
          violations.push(`${from} imports ${target}: ${why}`);
      }
    }
  }
  expect(violations).toEqual([]);
});

test('checks and reporters see only the Exchange type of the transport, never its implementation', () => {
  const offenders = ['core/checks', 'reporting', 'core/baseline']
    .flatMap((d) => tsFiles(join(root, d)))
    .flatMap((file) =>
      importsOf(file)
        .filter((t) => t.startsWith('core/transport/') && t !== 'core/transport/exchange.ts')
        .map((t) => `${relative(root, file)} → ${t}`),
    );
  expect(offenders).toEqual([]);
});

test('only the config loader (and the entry points that hand the environment to it) read process.env', () => {
  // cli/contract.ts passes the environment to loadConfig and to the Playwright child; mock/main.ts is
  // the standalone mock's own entry point.
  const allowed = new Set(['playwright.config.ts', 'mock/main.ts', 'cli/contract.ts']);
  const readers = sourceDirs
    .flatMap((d) => tsFiles(join(root, d)))
    .map((f) => relative(root, f))
    .filter((f) => !f.startsWith('core/config/') && !allowed.has(f) && !f.startsWith('bench/'))
    .filter((f) => /process\.env\b/.test(readFileSync(join(root, f), 'utf8')));
  expect(readers).toEqual([]);
});
