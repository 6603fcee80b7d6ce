/**
 * Checks every TypeScript file against the nearest DEPS.list above it: each in-repo import must be
 * in the file's own folder tree or allowed by that list, each package import listed with `npm:`.
 * A top-level source folder without a DEPS.list is itself a violation, so a new folder cannot
 * slip in unchecked.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { importsOf } from './importsOf.ts';
import { type DepsList, parseDepsList } from './parseDepsList.ts';

export interface DepsViolation {
  readonly file: string;
  readonly imports: string;
  readonly why: string;
}

const SKIPPED = new Set(['node_modules', '.git', 'reports', 'test-results', '.bench-venv', '.fp']);
const BUILTINS = new Set(builtinModules);

function tsFiles(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (SKIPPED.has(name)) return [];
    if (statSync(full).isDirectory()) return tsFiles(root, full);
    return name.endsWith('.ts') ? [relative(root, full)] : [];
  });
}

/** Every DEPS.list of the repo, keyed by its folder ('' for the root). */
export function readDepsLists(root: string): Map<string, DepsList> {
  const lists = new Map<string, DepsList>();
  const visit = (dir: string): void => {
    for (const name of readdirSync(join(root, dir))) {
      if (SKIPPED.has(name)) continue;
      const rel = dir === '' ? name : `${dir}/${name}`;
      if (name === 'DEPS.list') lists.set(dir, parseDepsList(dir, readFileSync(join(root, rel), 'utf8')));
      else if (statSync(join(root, rel)).isDirectory()) visit(rel);
    }
  };
  visit('');
  return lists;
}

function nearest(lists: Map<string, DepsList>, file: string): DepsList | undefined {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    const list = lists.get(dir === '.' ? '' : dir);
    if (list) return list;
    if (dir === '.' || dir === '/') return undefined;
  }
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

export function checkDeps(root: string): DepsViolation[] {
  const lists = readDepsLists(root);
  const violations: DepsViolation[] = [];
  for (const top of readdirSync(root)) {
    if (SKIPPED.has(top) || top.startsWith('.') || !statSync(join(root, top)).isDirectory()) continue;
    if (tsFiles(root, join(root, top)).length > 0 && !lists.has(top))
      violations.push({
        file: `${top}/`,
        imports: '-',
        why: `${top}/ has TypeScript files but no DEPS.list; add one naming what it may import`,
      });
  }
  for (const file of tsFiles(root)) {
    const list = nearest(lists, file);
    if (!list) continue;
    const local = list.exceptions[relative(list.folder, file)];
    const allowed = [...list.allowed, ...(local?.allowed ?? [])];
    const packages = new Set([...list.packages, ...(local?.packages ?? [])]);
    for (const specifier of importsOf(readFileSync(join(root, file), 'utf8'))) {
      if (specifier.startsWith('node:') || BUILTINS.has(specifier)) continue;
      if (!specifier.startsWith('.')) {
        if (!packages.has(packageName(specifier)))
          violations.push({
            file,
            imports: specifier,
            why: `package not in ${list.folder || '.'}/DEPS.list (add npm:${packageName(specifier)} if it belongs)`,
          });
        continue;
      }
      const target = relative(root, resolve(root, dirname(file), specifier));
      const inOwnTree = list.folder === '' ? !target.includes('/') : target.startsWith(`${list.folder}/`);
      const ok = inOwnTree || allowed.some((a) => (a.endsWith('/') ? target.startsWith(a) : target === a));
      if (!ok) violations.push({ file, imports: target, why: `not allowed by ${list.folder || '.'}/DEPS.list` });
      else if (!existsSync(join(root, target))) violations.push({ file, imports: target, why: 'no such file' });
    }
  }
  return violations;
}
