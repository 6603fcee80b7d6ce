/**
 * cli/launch.mjs runs a TypeScript entry from a cached bundle: every module keeps its own
 * import.meta.url (paths relative to a source file still resolve), arguments reach the entry, an
 * unchanged tree reuses the bundle, any changed input rebuilds it, and bad input is named.
 */
import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const launch = (args: string[]) =>
  spawnSync(process.execPath, [join(repoRoot, 'cli', 'launch.mjs'), ...args], { cwd: repoRoot, encoding: 'utf8' });

test('own import.meta.url per module, arguments passed, bundle reused until an input changes, bad input named', () => {
  const dir = join(repoRoot, 'node_modules', '.cache', `launch-test-${randomUUID()}`);
  mkdirSync(join(dir, 'lib'), { recursive: true });
  try {
    const entry = join(dir, 'entry.ts');
    writeFileSync(join(dir, 'lib', 'dep.ts'), 'export const depUrl = (): string => import.meta.url;\nexport const version: number = 1;\n');
    writeFileSync(
      entry,
      "import { depUrl, version } from './lib/dep.ts';\nconst here: string = import.meta.url;\nconsole.log(JSON.stringify({ here, dep: depUrl(), version, argv: process.argv.slice(2) }));\n",
    );
    const relativeEntry = entry.slice(repoRoot.length + 1);
    const first = launch([relativeEntry, '--port', '7']);
    expect(first.status, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({
      here: pathToFileURL(entry).href,
      dep: pathToFileURL(join(dir, 'lib', 'dep.ts')).href,
      version: 1,
      argv: ['--port', '7'],
    });
    const bundle = join(
      repoRoot,
      'node_modules',
      '.cache',
      'lr-harness',
      `${relativeEntry.replace(/[\\/]/g, '__').replace(/\.ts$/, '')}.mjs`,
    );
    const built = statSync(bundle).mtimeMs;
    expect(launch([relativeEntry]).status).toBe(0);
    expect(statSync(bundle).mtimeMs).toBe(built);

    writeFileSync(join(dir, 'lib', 'dep.ts'), 'export const depUrl = (): string => import.meta.url;\nexport const version: number = 22;\n');
    expect(JSON.parse(launch([relativeEntry]).stdout).version).toBe(22);

    writeFileSync(entry, 'const broken: = ;\n');
    const bad = launch([relativeEntry]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(`could not build ${relativeEntry}`);
    const usage = launch(['cli/contract.js']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('usage: node cli/launch.mjs <entry.ts>');
  } finally {
    rmSync(dir, { recursive: true, force: true });
    const stem = join(repoRoot, 'node_modules', '.cache', 'lr-harness', dir.slice(repoRoot.length + 1).replace(/[\\/]/g, '__'));
    rmSync(`${stem}__entry.mjs`, { force: true });
    rmSync(`${stem}__entry.inputs.json`, { force: true });
  }
});
