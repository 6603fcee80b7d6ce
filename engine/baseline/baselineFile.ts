/**
 * Reading and writing a baseline file, with errors that say what is wrong and how to fix it.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Baseline } from './baseline.ts';
import { BASELINE_VERSION, serializeBaseline } from './baseline.ts';

export class BaselineError extends Error {
  override readonly name = 'BaselineError';
}

/** How to get a usable baseline again; the suite's command, so the message can say what to run. */
export interface BaselineFileOptions {
  /** @defaultValue 'record a new baseline' */
  readonly recordHint?: string;
}

function assertBaseline(value: unknown, path: string, fix: string): asserts value is Baseline {
  const v = value as { version?: unknown; operations?: unknown } | null;
  if (v && typeof v === 'object' && typeof v.version === 'number' && v.version < BASELINE_VERSION)
    throw new BaselineError(
      `readBaseline: ${path} was recorded in an older format (version ${v.version}; this harness reads version ${BASELINE_VERSION}, shapes per request class); ${fix}.`,
    );
  if (!v || typeof v !== 'object' || v.version !== BASELINE_VERSION || !v.operations || typeof v.operations !== 'object')
    throw new BaselineError(
      `readBaseline: ${path} is not a version-${BASELINE_VERSION} baseline ({"version":${BASELINE_VERSION},"operations":{...}}); ${fix}.`,
    );
  for (const [op, statuses] of Object.entries(v.operations as Record<string, unknown>))
    for (const [status, classes] of Object.entries((statuses ?? {}) as Record<string, unknown>))
      for (const [requestClass, entry] of Object.entries((classes ?? {}) as Record<string, unknown>)) {
        const e = entry as { contentTypes?: unknown; errorCodes?: unknown; shape?: unknown } | null;
        if (
          !/^\d{3}$/.test(status) ||
          !e ||
          !Array.isArray(e.contentTypes) ||
          !Array.isArray(e.errorCodes) ||
          typeof e.shape !== 'object' ||
          e.shape === null
        )
          throw new BaselineError(`readBaseline: ${path} has a malformed entry at operations.${op}.${status}.${requestClass}; ${fix}.`);
      }
}

export async function readBaseline(path: string, options: BaselineFileOptions = {}): Promise<Baseline> {
  const fix = options.recordHint ?? 'record a new baseline';
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new BaselineError(`readBaseline: no baseline at ${path}; ${fix} or fix the path.`);
    throw new BaselineError(`readBaseline: cannot read ${path}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`readBaseline: ${path} is not valid JSON (${(error as Error).message}); restore it from git or ${fix}.`);
  }
  assertBaseline(parsed, path, fix);
  return parsed;
}

export async function writeBaseline(path: string, baseline: Baseline): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, serializeBaseline(baseline), 'utf8');
}
