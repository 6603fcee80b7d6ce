/**
 * One `st run` of our OpenAPI document against a mock URL, single worker, fixed seed, NDJSON report
 * in a fresh directory. Returns wall time, Schemathesis's own "N generated" count, and the names of
 * the checks that failed plus the errors it reported (parsed from the NDJSON events).
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runChild } from './runChild.ts';
import type { SchemathesisEnv } from './schemathesisEnv.ts';

export interface SchemathesisRunResult {
  readonly exitCode: number | null;
  readonly wallMs: number;
  readonly generated: number;
  readonly failedChecks: readonly string[];
  readonly errors: readonly string[];
  readonly timedOut: boolean;
  /** The command, secrets-free (they travel in the environment), for the report. */
  readonly command: string;
}

export interface SchemathesisRunOptions {
  readonly url: string;
  readonly openapiPath: string;
  readonly maxExamples: number;
  /** Extra `st run` flags, e.g. ['--max-failures', '1', '--no-shrink']. */
  readonly extraArgs?: readonly string[];
  readonly timeoutMs?: number;
}

/** Check names with status "failure" and error events, from Schemathesis's NDJSON event stream. */
export function parseNdjson(text: string): { failedChecks: string[]; errors: string[] } {
  const failed = new Set<string>();
  const errors = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (typeof o['name'] === 'string' && o['status'] === 'failure') failed.add(o['name']);
    Object.values(o).forEach(visit);
  };
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const event = JSON.parse(line) as Record<string, unknown>;
    for (const [kind, body] of Object.entries(event)) {
      if (/error/i.test(kind)) {
        const info = body as { info?: { title?: unknown }; title?: unknown; value?: { type?: unknown } } | null;
        errors.add(String(info?.info?.title ?? info?.title ?? info?.value?.type ?? kind));
      }
      visit(body);
    }
  }
  return { failedChecks: [...failed].sort(), errors: [...errors].sort() };
}

export async function runSchemathesis(st: SchemathesisEnv, options: SchemathesisRunOptions): Promise<SchemathesisRunResult> {
  const reportDir = mkdtempSync(join(st.workDir, 'report-'));
  const args = [
    '--config-file',
    st.configFile,
    'run',
    options.openapiPath,
    '--url',
    options.url,
    '--workers',
    '1',
    '--seed',
    '1',
    '--max-examples',
    String(options.maxExamples),
    '--report',
    'ndjson',
    '--report-dir',
    reportDir,
    ...(options.extraArgs ?? []),
  ];
  const run = await runChild(st.st, args, { cwd: st.workDir, env: st.env, timeoutMs: options.timeoutMs ?? 300_000 });
  const ndjson = readdirSync(reportDir).find((f) => f.endsWith('.ndjson'));
  const parsed = ndjson
    ? parseNdjson(readFileSync(join(reportDir, ndjson), 'utf8'))
    : { failedChecks: [], errors: run.timedOut ? ['timed out'] : ['no NDJSON report'] };
  const generated = Number(/(\d+) generated/.exec(run.stdout)?.[1] ?? NaN);
  const shown = args.map((a) => (a === st.configFile ? '<bench>/schemathesis.toml' : a === reportDir ? '<tmp>' : a));
  return { exitCode: run.code, wallMs: run.wallMs, generated, ...parsed, timedOut: run.timedOut, command: `st ${shown.join(' ')}` };
}
