/**
 * Parsed YAML documents cached by the SHA-256 of their text, as JSON: every process of a run (the
 * CLI, Playwright's runner and workers) loads the contract, and JSON parses an order of magnitude
 * faster than YAML. The cache lives in a private folder (privateCacheDir); a document JSON cannot
 * carry exactly (a non-finite number) is never cached, and any cache problem falls back to parsing.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { privateCacheDir } from './privateCacheDir.ts';

/** JSON text of `value`, or undefined when JSON would not give the same value back. */
function exactJson(value: unknown): string | undefined {
  try {
    return JSON.stringify(value, (_key, v: unknown) => {
      if (typeof v === 'number' && !Number.isFinite(v)) throw new Error('not JSON');
      if (v === undefined || typeof v === 'bigint' || typeof v === 'function') throw new Error('not JSON');
      return v;
    });
  } catch {
    return undefined;
  }
}

export function cachedParse(text: string, parse: (text: string) => unknown): unknown {
  const dir = privateCacheDir();
  if (dir === undefined) return parse(text);
  const file = join(dir, `${createHash('sha256').update(text).digest('hex')}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // Not cached yet (or unreadable): parse, then cache what JSON carries exactly.
  }
  const parsed = parse(text);
  const json = exactJson(parsed);
  if (json !== undefined)
    try {
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, json, { mode: 0o600 });
      renameSync(temporary, file);
    } catch {
      // A read-only or full disk only costs the next process a parse.
    }
  return parsed;
}
