/** `npm run lint:deps`: every import against its folder's DEPS.list; exit 1 naming each violation. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDeps } from './deps/checkDeps.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const violations = checkDeps(root);
for (const v of violations) console.error(`${v.file} → ${v.imports}: ${v.why}`);
console.log(violations.length === 0 ? 'DEPS.list: every import is allowed' : `DEPS.list: ${violations.length} violation(s)`);
process.exitCode = violations.length === 0 ? 0 : 1;
