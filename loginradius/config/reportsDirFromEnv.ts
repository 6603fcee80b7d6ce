/**
 * LR_REPORTS_DIR for the contract reporter, which must not load the whole config (it may not
 * fail on unrelated variables, and it never sees credentials). Same `.env` merge as `loadConfig`.
 */
import { readEnv, type ReadEnvOptions } from './readEnv.ts';

/** The configured reports directory as written (relative paths are the caller's to resolve), or `undefined`. */
export function reportsDirFromEnv(options: ReadEnvOptions = {}): string | undefined {
  const value = readEnv(options).env['LR_REPORTS_DIR']?.trim();
  return value === undefined || value === '' ? undefined : value;
}
