/**
 * Bug-finding, once per scenario: the clean mock, every drift scenario (mock/drift/scenarios.ts) and
 * every transport fault (mock/faults/faults.ts, when this mock build has it). Each tool gets its own
 * fresh mock process with the scenario on and about the same request budget; both stop at their
 * first detection. A detection is a failure the tool did NOT also report on the clean mock.
 *   ours:          in process (bench/harnessProbe.ts), exact send number of the first new failure
 *   Schemathesis:  --max-failures 1 --no-shrink; requests = the mock's requestsServed delta at exit
 *                  (so it includes the request that failed, plus any replay Schemathesis does of it);
 *                  a run still going after 60 s is stopped and counts as "not detected"
 */
import { join } from 'node:path';
import { DRIFT_IDS } from '../mock/drift/scenarios.ts';
import { probeHarness, type ProbeResult } from './harnessProbe.ts';
import { startMockProcess } from './mockProcess.ts';
import type { SchemathesisEnv } from './schemathesisEnv.ts';
import { runSchemathesis } from './schemathesisRun.ts';

export interface ToolOutcome {
  readonly detected: boolean;
  readonly requestsToFirst: number | null;
  readonly requestsSent: number;
  /** Checks (or error kinds) that caught it. */
  readonly caughtBy: readonly string[];
  readonly warnings: readonly string[];
  readonly note?: string;
}

export interface ScenarioOutcome {
  readonly id: string;
  readonly kind: 'clean' | 'drift' | 'fault';
  readonly ours: ToolOutcome;
  readonly schemathesis: ToolOutcome | null;
}

export interface BugFindingResult {
  readonly budget: number;
  readonly stMaxExamples: number;
  readonly stCommand: string;
  readonly faultsAvailable: boolean;
  readonly scenarios: readonly ScenarioOutcome[];
}

export interface BugFindingOptions {
  readonly cwd: string;
  readonly budget: number;
  readonly stMaxExamples: number;
  readonly timeoutMs: number;
  readonly st: SchemathesisEnv | null;
  readonly only?: readonly string[] | undefined;
  readonly log: (line: string) => void;
}

async function faultIds(): Promise<readonly string[] | null> {
  const module = (await import('../mock/faults/faults.ts').catch(() => null)) as { FAULT_IDS?: readonly string[] } | null;
  return module?.FAULT_IDS ?? null;
}

const fromProbe = (r: ProbeResult): ToolOutcome => ({
  detected: r.detected,
  requestsToFirst: r.requestsToFirst,
  requestsSent: r.requestsSent,
  caughtBy: r.detected ? [r.firstCheck ?? '?', ...r.checks.filter((c) => c !== r.firstCheck)] : [],
  warnings: r.warnings,
});

export async function runBugFinding(o: BugFindingOptions): Promise<BugFindingResult> {
  const faults = await faultIds();
  const all = [
    { id: 'clean', kind: 'clean' as const },
    ...DRIFT_IDS.map((id) => ({ id: id as string, kind: 'drift' as const })),
    ...(faults ?? []).map((id) => ({ id, kind: 'fault' as const })),
  ].filter((s) => s.kind === 'clean' || !o.only || o.only.includes(s.id));
  const openapiPath = join(o.cwd, 'openapi', 'loginradius-mfa.yaml');
  const stArgs = ['--max-response-time', String(2), '--request-timeout', String(o.timeoutMs / 1000)];
  let oursClean = new Set<string>();
  let stClean = new Set<string>();
  let stCommand = '';
  const scenarios: ScenarioOutcome[] = [];
  for (const s of all) {
    const setting = s.kind === 'drift' ? { drift: [s.id] } : s.kind === 'fault' ? { fault: s.id } : {};
    const clean = s.kind === 'clean';
    let mock = await startMockProcess({ cwd: o.cwd, ...setting });
    let ours: ToolOutcome;
    try {
      const r = await probeHarness({
        mockPort: mock.port,
        budget: o.budget,
        timeoutMs: o.timeoutMs,
        ignore: oursClean,
        stopAtFirst: !clean,
      });
      if (clean) oursClean = new Set(r.errorKeys);
      ours = clean
        ? {
            detected: false,
            requestsToFirst: null,
            requestsSent: r.requestsSent,
            caughtBy: r.checks,
            warnings: r.warnings,
            note: 'clean-mock failures: ignored in the scenarios',
          }
        : fromProbe(r);
    } finally {
      await mock.close();
    }
    let theirs: ToolOutcome | null = null;
    if (o.st) {
      mock = await startMockProcess({ cwd: o.cwd, ...setting });
      try {
        const before = await mock.requestsServed();
        // Stop at the first failure only when the clean run was clean (else that failure would stop it).
        const stop = !clean && stClean.size === 0 ? ['--max-failures', '1', '--no-shrink'] : [];
        const r = await runSchemathesis(o.st, {
          url: mock.url,
          openapiPath,
          maxExamples: o.stMaxExamples,
          extraArgs: [...stArgs, ...stop],
          timeoutMs: 60_000,
        });
        const sent = (await mock.requestsServed()) - before;
        if (clean) {
          stClean = new Set([...r.failedChecks, ...r.errors]);
          stCommand = r.command;
        }
        const fresh = [...r.failedChecks, ...r.errors].filter((c) => !stClean.has(c));
        const detected = !clean && fresh.length > 0;
        theirs = {
          detected,
          requestsToFirst: detected && stop.length > 0 ? sent : null,
          requestsSent: sent,
          caughtBy: clean ? [...stClean] : fresh,
          warnings: [],
          ...(detected && stop.length === 0 ? { note: 'clean run had failures: ran the whole budget' } : {}),
          ...(r.timedOut ? { note: 'timed out' } : {}),
        };
      } finally {
        await mock.close();
      }
    }
    const line = (t: ToolOutcome | null) =>
      t === null
        ? 'skipped'
        : t.detected
          ? `detected at ${t.requestsToFirst ?? '?'} (${t.caughtBy.join(', ')})`
          : `not detected in ${t.requestsSent}${t.caughtBy.length ? ` [clean: ${t.caughtBy.join(', ')}]` : ''}${t.warnings.length ? ` [warnings: ${t.warnings.join(', ')}]` : ''}`;
    o.log(`  ${s.id.padEnd(26)} ours: ${line(ours)} | schemathesis: ${line(theirs)}`);
    scenarios.push({ id: s.id, kind: s.kind, ours, schemathesis: theirs });
  }
  return { budget: o.budget, stMaxExamples: o.stMaxExamples, stCommand, faultsAvailable: faults !== null, scenarios };
}
