/**
 * Folds the records' observations into the coverage universe: each documented response, rule,
 * example and flow is observed, not observed, or unreachable (with the universe's reason).
 * A documented status without codes is covered by any answer with that status; one with codes,
 * by an answer carrying that code. Range statuses (`4XX`) and `default` cover what no exact
 * documented status of the operation does.
 */
import type { CoverageUniverse } from '../engine/coverage/coverageUniverse.ts';
import type { ContractRecord, Observation } from '../engine/events/contractRecord.ts';
import type { CoverageReport, CoverageState, CoverageTotal, Covered } from './coverageReport.ts';

function documentedStatusOf(statuses: ReadonlySet<string>, status: number): string {
  const exact = String(status);
  if (statuses.has(exact)) return exact;
  const range = `${exact[0]}XX`;
  return statuses.has(range) ? range : 'default';
}

function fold<T extends { readonly unreachable?: string }>(items: readonly T[], countOf: (item: T) => number): Covered<T>[] {
  return items.map((item) => {
    const count = countOf(item);
    const state: CoverageState = count > 0 ? 'observed' : item.unreachable !== undefined ? 'unreachable' : 'not-observed';
    return { ...item, state, count };
  });
}

function total(items: readonly { readonly state: CoverageState }[]): CoverageTotal {
  const covered = items.filter((i) => i.state === 'observed').length;
  const unreachable = items.filter((i) => i.state === 'unreachable').length;
  return { covered, reachable: items.length - unreachable, unreachable };
}

export function buildCoverage(universe: CoverageUniverse, records: readonly ContractRecord[], minimum?: number): CoverageReport {
  const observations: Observation[] = records.flatMap((r) => r.observations ?? []);
  const statusesOf = new Map<string, Set<string>>();
  for (const r of universe.responses) statusesOf.set(r.operationId, (statusesOf.get(r.operationId) ?? new Set()).add(r.status));
  const sum = (match: (o: Observation) => boolean): number => observations.filter(match).reduce((n, o) => n + o.count, 0);

  const responses = fold(universe.responses, (d) =>
    sum(
      (o) =>
        o.operationId === d.operationId &&
        o.status !== undefined &&
        documentedStatusOf(statusesOf.get(d.operationId) ?? new Set(), o.status) === d.status &&
        (d.errorCode === undefined || o.errorCode === d.errorCode),
    ),
  );
  const rules = fold(universe.rules, (r) => sum((o) => o.operationId === r.operationId && o.rule === r.rule));
  const examples = fold(universe.examples, (e) => sum((o) => o.operationId === e.operationId && o.example === e.example));
  const flows = fold(universe.flows, (f) => records.filter((r) => r.phase === 'stateful' && r.title === f.title).length);
  const totals = { responses: total(responses), rules: total(rules), examples: total(examples), flows: total(flows) };
  const { covered, reachable } = totals.responses;
  const percent = reachable === 0 ? 100 : Math.floor((1000 * covered) / reachable) / 10;
  return {
    responses,
    rules,
    examples,
    flows,
    totals,
    percent,
    ...(minimum === undefined ? {} : { minimum }),
    belowMinimum: minimum !== undefined && percent < minimum,
  };
}
