/**
 * The engine: explore → check → de-duplicate → shrink → one `ContractRecord`.
 *
 * Exploration takes `numRuns` cases with `fc.sample(arbitrary, { seed, numRuns })`; the i-th
 * sample is exactly what `fc.assert(prop, { seed, path: String(i) })` replays (tested), so every
 * case has a replay path without running the property sequentially. Cases are sent `concurrency`
 * at a time, in `batchSize` batches wrapped by the injected `step`. Each distinct failure (by
 * dedupKey, first `maxShrunkFailures`) is then shrunk with fast-check from its path, keeping only
 * candidates that reproduce the same failure. Contract failures never throw; they are returned.
 */
import fc from 'fast-check';
import type { Case } from '../case/case.ts';
import { caseLabelText } from '../case/caseLabelText.ts';
import type { ContractRecord, FailureRecord } from '../events/contractRecord.ts';
import { notSentByBudget, type Exchange } from '../transport/exchange.ts';
import type { CheckResult } from '../checks/types.ts';
import { defaultChecks, runChecks } from '../checks/index.ts';
import { caseAtPath } from './caseAtPath.ts';
import type { ContractPhaseOptions } from './contractPhaseOptions.ts';
import { resolvePhaseOptions } from './contractPhaseOptions.ts';
import { createFailureGroups } from './failureGroups.ts';
import { mapConcurrent } from './mapConcurrent.ts';
import { shrinkFailure } from './shrinkFailure.ts';
import { createExchangeTally } from './exchangeTally.ts';
import { createTallyBook } from './tallyBook.ts';
import { toFailureRecord } from './toFailureRecord.ts';

export async function runContractPhase(options: ContractPhaseOptions): Promise<ContractRecord> {
  const o = resolvePhaseOptions(options, defaultChecks);
  const started = performance.now();
  const startedAt = Date.now();
  const seed = o.replay?.seed ?? o.seed;
  const harnessErrors: string[] = [];
  const tallies = createTallyBook();
  const groups = createFailureGroups();
  const tally = createExchangeTally((body) => o.checkContext.profile.errorCodeOf(body));
  let casesSent = 0;

  const inputIndependent = new Set(o.checks.filter((c) => c.inputIndependent === true).map((c) => c.name));
  const crashedChecks = new Set<string>();
  const judge = (exchange: Exchange): ReadonlyMap<string, CheckResult> => {
    const results = runChecks(o.checkContext, exchange, o.enabledChecks, o.checks);
    // A crashed check is reported as its failure (runChecks) AND as a harness error (exit code 2).
    for (const [name, r] of results)
      if (r.status === 'failed' && r.failures.some((f) => f.harnessError === true) && !crashedChecks.has(name)) {
        crashedChecks.add(name);
        harnessErrors.push(o.redact(r.failures[0]?.message ?? `${name} crashed`));
      }
    return results;
  };
  // A case the request budget refused never left: it is not counted as sent.
  const send = async (c: Case): Promise<Exchange | undefined> => {
    try {
      const exchange = await o.send(c);
      if (!notSentByBudget(exchange)) casesSent += 1;
      tally.returned(exchange);
      return exchange;
    } catch (error) {
      casesSent += 1;
      harnessErrors.push(
        o.redact(`send threw (a transport must return transport-error outcomes): ${(error as Error)?.message ?? String(error)}`),
      );
      return undefined;
    }
  };

  // 1. Exploration: (case, replay path) pairs.
  const explored: Array<{ c: Case; path: string }> = o.replay
    ? [{ c: caseAtPath(o.arbitrary, seed, o.replay.path), path: o.replay.path }]
    : fc.sample(o.arbitrary, { seed, numRuns: o.numRuns }).map((c, i) => ({ c, path: String(i) }));
  for (let from = 0; from < explored.length; from += o.batchSize) {
    const batch = explored.slice(from, from + o.batchSize);
    await o.step(`${o.title}: cases ${from + 1}–${from + batch.length}`, async () => {
      const exchanges = await mapConcurrent(batch, o.concurrency, ({ c }) => send(c));
      exchanges.forEach((exchange, k) => {
        if (!exchange) return;
        // Named in the record instead of judged: neither a failure nor coverage.
        if (notSentByBudget(exchange)) {
          tally.unsent({ operationId: exchange.case.operationId, label: o.redact(caseLabelText(exchange.case)) });
          return;
        }
        tally.judged(exchange);
        try {
          o.onExchange?.(exchange);
        } catch (error) {
          harnessErrors.push(o.redact(`onExchange threw: ${(error as Error)?.message ?? String(error)}`));
        }
        const results = judge(exchange);
        tallies.add(exchange.case.operationId, results);
        groups.add(results, batch[k]?.path ?? '', exchange);
      });
    });
  }

  // 2. Shrinking: one fast-check replay per distinct failure, in order of first appearance.
  const failures: FailureRecord[] = [];
  const distinct = groups.groups();
  for (const [n, group] of distinct.entries()) {
    let exchange = group.exchange;
    let path: string | undefined = group.path;
    // Transport failures (refused, reset, timeout...) and slow responses do not depend on the input:
    // shrinking them would only resend, one timeout or one slow answer at a time.
    // Warnings are reported as seen: a smaller case would not make them more useful.
    const worthShrinking = !inputIndependent.has(group.failure.check) && group.failure.severity === 'error';
    if (n < o.maxShrunkFailures && worthShrinking) {
      const shrunk = await o.step(
        `${o.title}: shrink ${group.failure.check} (${n + 1}/${Math.min(distinct.length, o.maxShrunkFailures)})`,
        () =>
          shrinkFailure({
            arbitrary: o.arbitrary,
            seed,
            path: group.path,
            dedupKey: group.failure.dedupKey,
            check: group.failure.check,
            send: async (c) =>
              (await send(c)) ?? {
                case: c,
                outcome: { kind: 'transport-error', error: 'other', message: 'send threw' },
                elapsedMs: 0,
                rateLimitRetries: 0,
              },
            judge,
            maxSends: o.maxShrinkSends,
            timeLimitMs: o.shrinkTimeLimitMs,
          }),
      );
      if (shrunk.reproduced && shrunk.exchange) ({ exchange, path } = { exchange: shrunk.exchange, path: shrunk.path });
    }
    failures.push(toFailureRecord({ ...o, failure: group.failure, occurrences: group.occurrences, exchange, seed, path }));
  }

  return {
    version: 1,
    phase: o.phase,
    ...(o.operationId ? { operationId: o.operationId } : {}),
    title: o.title,
    seed,
    numRuns: explored.length,
    casesSent,
    elapsedMs: Math.round(performance.now() - started),
    startedAt,
    tallies: tallies.tallies(),
    failures,
    harnessErrors,
    ...tally.fields(),
  };
}
