/**
 * Turns one Playwright attachment into a ContractRecord, or explains why it cannot. Checks the
 * fields the reporter relies on, so a malformed record becomes a harness error, never a crash.
 */
import { readFileSync } from 'node:fs';
import type { ContractRecord } from '../engine/events/contractRecord.ts';

export interface AttachmentLike {
  readonly name: string;
  readonly contentType?: string;
  readonly path?: string;
  readonly body?: Buffer | string;
}

export type ParsedRecord = { readonly ok: true; readonly record: ContractRecord } | { readonly ok: false; readonly error: string };

const PHASES = new Set(['coverage', 'examples', 'positive', 'negative', 'stateful', 'drift']);
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The first problem found, as "<json path> <what is wrong>", or undefined. */
function problemOf(r: unknown): string | undefined {
  if (!isObj(r)) return 'is not a JSON object';
  if (r['version'] !== 1) return `version is ${JSON.stringify(r['version'])}, expected 1`;
  if (typeof r['phase'] !== 'string' || !PHASES.has(r['phase'])) return 'phase is missing or unknown';
  if (typeof r['title'] !== 'string') return 'title is not a string';
  for (const k of ['seed', 'numRuns', 'casesSent', 'elapsedMs', 'rateLimitRetries', 'transportErrors'])
    if (!isNum(r[k])) return `${k} is not a number`;
  if (r['tokenRefreshes'] !== undefined && !isNum(r['tokenRefreshes'])) return 'tokenRefreshes is not a number';
  const tallies = r['tallies'];
  if (!Array.isArray(tallies)) return 'tallies is not an array';
  for (const [i, t] of tallies.entries()) {
    if (!isObj(t) || typeof t['operationId'] !== 'string' || typeof t['check'] !== 'string') return `tallies[${i}] lacks operationId/check`;
    if (!isNum(t['passed']) || !isNum(t['failed']) || !isNum(t['skipped'])) return `tallies[${i}] counts are not numbers`;
  }
  const failures = r['failures'];
  if (!Array.isArray(failures)) return 'failures is not an array';
  for (const [i, f] of failures.entries()) {
    if (!isObj(f) || !isObj(f['failure']) || !isObj(f['counterexample']) || !isObj(f['replay']))
      return `failures[${i}] lacks failure/counterexample/replay`;
    const fail = f['failure'];
    for (const k of ['check', 'operationId', 'title', 'message', 'dedupKey'])
      if (typeof fail[k] !== 'string') return `failures[${i}].failure.${k} is not a string`;
    if (fail['severity'] !== 'error' && fail['severity'] !== 'warning') return `failures[${i}].failure.severity is not error|warning`;
    if (!isNum(f['occurrences'])) return `failures[${i}].occurrences is not a number`;
    if (typeof f['counterexample']['curl'] !== 'string') return `failures[${i}].counterexample.curl is not a string`;
    if (!isNum(f['replay']['seed']) || typeof f['replay']['command'] !== 'string') return `failures[${i}].replay lacks seed/command`;
  }
  const unsent = r['unsent'];
  if (unsent !== undefined) {
    if (!Array.isArray(unsent)) return 'unsent is not an array';
    for (const [i, u] of unsent.entries())
      if (!isObj(u) || typeof u['operationId'] !== 'string' || typeof u['label'] !== 'string')
        return `unsent[${i}] lacks operationId/label`;
  }
  if (!Array.isArray(r['harnessErrors']) || !r['harnessErrors'].every((e) => typeof e === 'string'))
    return 'harnessErrors is not an array of strings';
  return undefined;
}

export function parseContractRecord(attachment: AttachmentLike): ParsedRecord {
  let text: string;
  try {
    if (attachment.body !== undefined) text = attachment.body.toString();
    else if (attachment.path !== undefined) text = readFileSync(attachment.path, 'utf8');
    else return { ok: false, error: 'has neither a body nor a path' };
  } catch (error) {
    return { ok: false, error: `cannot be read (${error instanceof Error ? error.message : String(error)})` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: `is not valid JSON (${text.length} bytes)` };
  }
  const problem = problemOf(parsed);
  return problem === undefined ? { ok: true, record: parsed as ContractRecord } : { ok: false, error: problem };
}
