/** `npm run architecture`: rewrites ARCHITECTURE.md's module table from the DEPS.list files. */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDepsLists } from './deps/checkDeps.ts';
import { renderModuleTable, withModuleTable } from './deps/renderModuleTable.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const file = join(root, 'ARCHITECTURE.md');
writeFileSync(file, withModuleTable(readFileSync(file, 'utf8'), renderModuleTable(readDepsLists(root))));
console.log('ARCHITECTURE.md: module table rewritten from the DEPS.list files');
