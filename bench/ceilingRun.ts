/**
 * One ceiling measurement: runs bench/transport-ceiling.ts in a fresh process (its own mock child,
 * the mock's GET reauth/2fa with a valid key and token) and returns req/s of bare undici, a bare
 * APIRequestContext and our transport at the same keep-alive and in-flight count.
 */
import { join } from 'node:path';
import { runChild } from './runChild.ts';

export interface CeilingResult {
  readonly undici: number;
  readonly pwBare: number;
  readonly pwTransport: number;
  readonly source: string;
}

export async function runCeiling(options: { cwd: string; seconds: number; inflight: number }): Promise<CeilingResult> {
  const run = await runChild(
    join(options.cwd, 'node_modules', '.bin', 'tsx'),
    [
      join(options.cwd, 'bench', 'transport-ceiling.ts'),
      '--seconds',
      String(options.seconds),
      '--inflight',
      String(options.inflight),
      '--json',
    ],
    { cwd: options.cwd, timeoutMs: 120_000 },
  );
  const line = run.stdout.split('\n').find((l) => l.startsWith('CEILING_JSON '));
  if (!line)
    throw new Error(
      `runCeiling: transport-ceiling.ts printed no CEILING_JSON line (exit ${run.code}); run it by hand: npx tsx bench/transport-ceiling.ts --json\n${run.stderr.slice(0, 500)}`,
    );
  const parsed = JSON.parse(line.slice('CEILING_JSON '.length)) as { source: string; cells: Array<{ client: string; reqPerSec: number }> };
  const rate = (client: string): number => parsed.cells.find((c) => c.client === client)?.reqPerSec ?? NaN;
  return { undici: rate('undici'), pwBare: rate('pw-bare'), pwTransport: rate('pw-transport'), source: parsed.source };
}
