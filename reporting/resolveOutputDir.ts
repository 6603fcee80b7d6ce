/**
 * Where the contract reports go, resolved like Playwright's `resolveOutputFile`:
 * environment (LR_REPORTS_DIR, also read from .env) → reporter option `outputDir` → `reports`,
 * relative paths taken from the Playwright config's directory.
 */
import { isAbsolute, resolve } from 'node:path';
import { reportsDirFromEnv } from '../loginradius/config/reportsDirFromEnv.ts';

const DEFAULT_OUTPUT_DIR = 'reports';

export interface OutputDirSources {
  /** The reporter's `outputDir` option. */
  readonly option?: string;
  /** Directory of the Playwright config file (or the cwd). */
  readonly configDir: string;
  /** Injected for tests; by default LR_REPORTS_DIR from the environment or `<configDir>/.env`. */
  readonly fromEnv?: string;
}

export function resolveOutputDir(sources: OutputDirSources): string {
  const fromEnv = 'fromEnv' in sources ? sources.fromEnv : reportsDirFromEnv({ cwd: sources.configDir });
  const chosen = fromEnv ?? sources.option ?? DEFAULT_OUTPUT_DIR;
  return isAbsolute(chosen) ? chosen : resolve(sources.configDir, chosen);
}
