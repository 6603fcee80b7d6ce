/**
 * The DEPS.list check: the repository itself has no violation, ARCHITECTURE.md shows the table the
 * lists generate, and every kind of import a planted file can use is caught (a relative import out
 * of bounds, a bare `import '...'`, `export ... from`, `import type`, a dynamic `import()`, an
 * unlisted package), as is a new top-level folder without a DEPS.list.
 */
import { test, expect } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDeps, readDepsLists } from '../../../tools/deps/checkDeps.ts';
import { parseDepsList } from '../../../tools/deps/parseDepsList.ts';
import { renderModuleTable, withModuleTable } from '../../../tools/deps/renderModuleTable.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function plant(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'deps-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const lists = {
  'engine/DEPS.list': '# job: the engine\nnpm:fast-check\n',
  'generators/DEPS.list': '# job: generators\nengine/\n',
  'specs/DEPS.list': '# job: specs\nengine/\ngenerators/\n',
  'tests/DEPS.list': '# job: tests\nengine/\ngenerators/\n[special.test.ts]\nspecs/one.ts\n',
  'engine/a.ts': 'export const a = 1;\n',
  'generators/g.ts': 'export const g = 1;\n',
  'specs/one.ts': 'export const s = 1;\n',
};

test('the repository follows its DEPS.list files', () => {
  expect(checkDeps(root)).toEqual([]);
});

test('ARCHITECTURE.md carries the module table the DEPS.list files generate (npm run architecture)', () => {
  const page = readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8');
  expect(withModuleTable(page, renderModuleTable(readDepsLists(root)))).toBe(page);
});

test('every import form is checked, and a clean planted tree passes', () => {
  const clean = plant({
    ...lists,
    'generators/ok.ts': "import { a } from '../engine/a.ts';\nimport fc from 'fast-check';\nexport { a, fc };\n",
  });
  expect(checkDeps(clean).map((v) => `${v.file} → ${v.imports}`)).toEqual(['generators/ok.ts → fast-check']);
  const dir = plant({
    ...lists,
    'engine/up.ts': "import { g } from '../generators/g.ts';\nexport const x = g;\n",
    'engine/bare.ts': "import '../generators/g.ts';\n",
    'engine/reexport.ts': "export { g } from '../generators/g.ts';\n",
    'engine/typeOnly.ts': "import type { g } from '../generators/g.ts';\nexport type G = typeof g;\n",
    'engine/dynamic.ts': "export const load = () => import('../generators/g.ts');\n",
    'engine/generic.ts': 'export const f = <T,>(x: T): T => x;\nexport const n = 1 / 2;\n',
    'engine/pkg.ts': "import { parse } from 'yaml';\nimport { readFileSync } from 'node:fs';\nexport { parse, readFileSync };\n",
    'tests/t.test.ts': "import { s } from '../specs/one.ts';\nexport { s };\n",
    'tests/special.test.ts': "import { s } from '../specs/one.ts';\nexport { s };\n",
    'newfolder/x.ts': 'export const y = 1;\n',
  });
  expect(
    checkDeps(dir)
      .map((v) => `${v.file} → ${v.imports}`)
      .sort(),
  ).toEqual([
    'engine/bare.ts → generators/g.ts',
    'engine/dynamic.ts → generators/g.ts',
    'engine/pkg.ts → yaml',
    'engine/reexport.ts → generators/g.ts',
    'engine/typeOnly.ts → generators/g.ts',
    'engine/up.ts → generators/g.ts',
    'newfolder/ → -',
    'tests/t.test.ts → specs/one.ts',
  ]);
});

test('a malformed DEPS.list names the file, the line and the fix', () => {
  expect(() => parseDepsList('engine', '# job: x\n../generators/\n')).toThrow(
    /engine\/DEPS\.list:2: "\.\.\/generators\/" is not a repo-relative path; write e\.g\. engine\/contract\//,
  );
  expect(() => parseDepsList('engine', 'engine/\n')).toThrow(/engine\/DEPS\.list: no "# job:" line/);
});
