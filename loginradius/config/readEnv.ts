/**
 * Merges `.env` under the real environment: dotenv fills only variables the environment lacks
 * (a CI secret always wins over a stale local file). It writes into a copy, so `process.env`
 * itself is never mutated, and runs quietly (dotenv ≥ 17 logs by default).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import dotenv from 'dotenv';

export interface ReadEnvOptions {
  /** @defaultValue process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** @defaultValue `<cwd>/.env` */
  readonly dotenvPath?: string;
  /** @defaultValue process.cwd() */
  readonly cwd?: string;
}

export interface ReadEnvResult {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The `.env` file actually read, if any. */
  readonly dotenvFile?: string;
  /** A problem reading `.env` (other than it not existing). */
  readonly dotenvError?: string;
}

export function readEnv(options: ReadEnvOptions = {}): ReadEnvResult {
  const cwd = options.cwd ?? process.cwd();
  const file = resolve(cwd, options.dotenvPath ?? '.env');
  const merged: Record<string, string | undefined> = { ...(options.env ?? process.env) };
  if (!existsSync(file)) return { env: merged };
  const result = dotenv.config({ path: file, processEnv: merged as Record<string, string>, override: false, quiet: true });
  if (result.error) return { env: merged, dotenvFile: file, dotenvError: result.error.message };
  return { env: merged, dotenvFile: file };
}
