/**
 * A printable name of the target for the contract reporter, which must not load the whole config
 * (it never sees credentials and must not fail on unrelated variables). Never throws; shows only
 * the origin and path of LR_BASE_URL (user-info and query may hold secrets).
 */
import { readEnv, type ReadEnvOptions } from './readEnv.ts';

export function targetFromEnv(options: ReadEnvOptions = {}): string {
  const env = readEnv(options).env;
  const raw = env['LR_BASE_URL']?.trim();
  if (raw === undefined || raw === '') {
    const port = env['LR_MOCK_PORT']?.trim() || '4010';
    return `embedded mock (http://127.0.0.1:${/^\d{1,5}$/.test(port) ? port : '?'})`;
  }
  try {
    const url = new URL(raw);
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return 'an invalid LR_BASE_URL';
  }
}
