/**
 * Reading and writing a baseline file, with errors that say what is wrong and how to fix it.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Baseline } from './baseline.ts';
import { serializeBaseline } from './baseline.ts';

class BaselineError extends Error {
  override readonly name = 'BaselineError';
}

function assertBaseline(value: unknown, path: string): asserts value is Baseline {
  const v = value as { version?: unknown; operations?: unknown } | null;
  if (!v || typeof v !== 'object' || v.version !== 1 || !v.operations || typeof v.operations !== 'object')
    throw new BaselineError(
      `readBaseline: ${path} is not a version-1 baseline ({"version":1,"operations":{...}}); delete it and record a new one.`,
    );
  for (const [op, statuses] of Object.entries(v.operations as Record<string, unknown>))
    for (const [status, entry] of Object.entries((statuses ?? {}) as Record<string, unknown>)) {
      const e = entry as { contentTypes?: unknown; errorCodes?: unknown; shape?: unknown } | null;
      if (
        !/^\d{3}$/.test(status) ||
        !e ||
        !Array.isArray(e.contentTypes) ||
        !Array.isArray(e.errorCodes) ||
        typeof e.shape !== 'object' ||
        e.shape === null
      )
        throw new BaselineError(
          `readBaseline: ${path} has a malformed entry at operations.${op}.${status}; delete the file and record a new baseline.`,
        );
    }
}

export async function readBaseline(path: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new BaselineError(`readBaseline: no baseline at ${path}; record one first (writeBaseline after a clean run) or fix the path.`);
    throw new BaselineError(`readBaseline: cannot read ${path}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(
      `readBaseline: ${path} is not valid JSON (${(error as Error).message}); restore it from git or record a new baseline.`,
    );
  }
  assertBaseline(parsed, path);
  return parsed;
}

export async function writeBaseline(path: string, baseline: Baseline): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, serializeBaseline(baseline), 'utf8');
}
