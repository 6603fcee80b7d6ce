/**
 * The one options object of `runContractPhase`, with documented defaults and eager validation.
 * Redaction, curl rendering and the replay command are injected functions: the engine never
 * imports reporting or redaction code.
 */
import type fc from 'fast-check';
import type { Case } from '../case/case.ts';
import type { OperationId } from '../contract/types.ts';
import type { Phase } from '../events/contractRecord.ts';
import type { Exchange } from '../transport/exchange.ts';
import type { CheckContext } from '../checks/checkContext.ts';
import type { CheckDefinition } from '../checks/checkDefinition.ts';

export interface ContractPhaseOptions {
  readonly phase: Phase;
  readonly title: string;
  readonly operationId?: OperationId;
  readonly arbitrary: fc.Arbitrary<Case>;
  /** Must not throw for network trouble (createTransport's `send` never does). */
  readonly send: (c: Case) => Promise<Exchange>;
  readonly checkContext: CheckContext;
  /** @defaultValue defaultChecks */
  readonly checks?: readonly CheckDefinition[];
  /** Names to run. @defaultValue all of `checks` */
  readonly enabledChecks?: readonly string[];
  /** Integer seed of the whole phase. */
  readonly seed: number;
  /** Cases to explore (ignored in replay mode). */
  readonly numRuns: number;
  /** Requests in flight during exploration. @defaultValue 8 */
  readonly concurrency?: number;
  /** Cases per `step` batch. @defaultValue 100 */
  readonly batchSize?: number;
  /** Distinct failures that get shrunk (the rest keep their first case). @defaultValue 10 */
  readonly maxShrunkFailures?: number;
  /** Real requests one shrink may send. @defaultValue 100 */
  readonly maxShrinkSends?: number;
  /** Wall-clock budget of one shrink in ms. @defaultValue 30_000 */
  readonly shrinkTimeLimitMs?: number;
  /** Response excerpt length in counterexamples. @defaultValue 500 */
  readonly excerptChars?: number;
  /** Replay mode: run only the case at this seed+path (then shrink its failures further). */
  readonly replay?: { readonly seed: number; readonly path: string };
  /** Redacted curl line for a case. */
  readonly renderCurl: (c: Case) => string;
  /** Scrubs secrets from any text that leaves the engine. */
  readonly redact: (text: string) => string;
  /** One shell line replaying seed+path, e.g. `npm run contract -- --seed 1 --path 3:0`. */
  readonly replayCommand: (seed: number, path: string | undefined) => string;
  /** Sees every exploration exchange (the baseline recorder uses it); shrink probes are not included. */
  readonly onExchange?: (exchange: Exchange) => void;
  /**
   * Wraps each batch of sends (and each shrink), e.g. `(_title, body) => transport.batch(body)`:
   * one Playwright API scope per batch (see transport.ts). @defaultValue runs the body directly
   */
  readonly step?: <T>(title: string, body: () => Promise<T>) => Promise<T>;
}

export type ResolvedPhaseOptions = Required<
  Omit<ContractPhaseOptions, 'operationId' | 'checks' | 'enabledChecks' | 'replay' | 'onExchange'>
> &
  Pick<ContractPhaseOptions, 'operationId' | 'enabledChecks' | 'replay' | 'onExchange'> & { readonly checks: readonly CheckDefinition[] };

function positiveInteger(name: string, value: number | undefined, fallback: number): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < 1)
    throw new Error(`runContractPhase: option ${name} must be an integer >= 1, got ${String(value)}; pass e.g. ${fallback}.`);
  return v;
}

export function resolvePhaseOptions(options: ContractPhaseOptions, defaultChecks: readonly CheckDefinition[]): ResolvedPhaseOptions {
  if (!options || typeof options !== 'object') throw new Error('runContractPhase: options object is required.');
  for (const fn of ['send', 'renderCurl', 'redact', 'replayCommand'] as const)
    if (typeof options[fn] !== 'function')
      throw new Error(`runContractPhase: option ${fn} must be a function; inject it from the composition root (specs/).`);
  if (!options.arbitrary || typeof (options.arbitrary as { generate?: unknown }).generate !== 'function')
    throw new Error(
      'runContractPhase: option arbitrary must be a fast-check Arbitrary<Case>; pass positiveCase(op, ctx) or negativeCase(op, ctx).',
    );
  if (!Number.isInteger(options.seed))
    throw new Error(
      `runContractPhase: option seed must be an integer, got ${String(options.seed)}; pass e.g. Date.now() | 0 and print it.`,
    );
  if (options.replay && (!Number.isInteger(options.replay.seed) || !/^\d+(:\d+)*$/.test(options.replay.path)))
    throw new Error(
      `runContractPhase: option replay must be {seed:int, path:"n[:n...]"}, got ${JSON.stringify(options.replay)}; copy both from the report.`,
    );
  const checks = options.checks ?? defaultChecks;
  const known = new Set(checks.map((c) => c.name));
  const unknown = (options.enabledChecks ?? []).filter((n) => !known.has(n));
  if (unknown.length > 0) throw new Error(`runContractPhase: unknown check name(s) ${unknown.join(', ')}; use names from the check list.`);
  return {
    ...options,
    checks,
    numRuns: options.replay ? 1 : positiveInteger('numRuns', options.numRuns, 100),
    concurrency: positiveInteger('concurrency', options.concurrency, 8),
    batchSize: positiveInteger('batchSize', options.batchSize, 100),
    maxShrunkFailures: options.maxShrunkFailures === 0 ? 0 : positiveInteger('maxShrunkFailures', options.maxShrunkFailures, 10),
    maxShrinkSends: positiveInteger('maxShrinkSends', options.maxShrinkSends, 100),
    shrinkTimeLimitMs: positiveInteger('shrinkTimeLimitMs', options.shrinkTimeLimitMs, 30_000),
    excerptChars: positiveInteger('excerptChars', options.excerptChars, 500),
    step: options.step ?? ((_title, body) => body()),
  };
}
