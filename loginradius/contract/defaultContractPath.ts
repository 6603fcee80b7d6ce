/**
 * Where the contract lives when no path is given: `<repo root>/openapi/loginradius-mfa.yaml`,
 * found from this module's own location so it works from any working directory.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const DEFAULT_CONTRACT_PATH = resolve(repoRoot, 'openapi', 'loginradius-mfa.yaml');
