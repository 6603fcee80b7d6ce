/**
 * The coverage matrix as rows both renderings share: per operation, one row per documented
 * status with a cell per documented error code (or the status alone), then rules, examples, flows.
 */
import type { CoverageReport, CoverageState, Covered } from './coverageReport.ts';
import type { DocumentedResponse } from '../engine/coverage/coverageUniverse.ts';

interface CoverageCell {
  /** The error code, or the status when it documents none. */
  readonly label: string;
  readonly state: CoverageState;
  readonly count: number;
  readonly unreachable?: string;
}

export interface CoverageRow {
  readonly operationId: string;
  readonly status: string;
  readonly cells: readonly CoverageCell[];
}

const cellOf = (r: Covered<DocumentedResponse>): CoverageCell => ({
  label: r.errorCode === undefined ? r.status : String(r.errorCode),
  state: r.state,
  count: r.count,
  ...(r.unreachable === undefined ? {} : { unreachable: r.unreachable }),
});

export function coverageRows(coverage: CoverageReport): CoverageRow[] {
  const rows = new Map<string, { operationId: string; status: string; cells: CoverageCell[] }>();
  for (const r of coverage.responses) {
    const key = `${r.operationId} ${r.status}`;
    const row = rows.get(key) ?? { operationId: r.operationId, status: r.status, cells: [] };
    row.cells.push(cellOf(r));
    rows.set(key, row);
  }
  return [...rows.values()];
}

export const STATE_MARK: Readonly<Record<CoverageState, string>> = { observed: '✓', 'not-observed': '✗', unreachable: '–' };

/** Distinct reasons, each with the items it closes, for the "not reachable here" list. */
export function unreachableReasons(coverage: CoverageReport): Array<{ reason: string; items: string[] }> {
  const byReason = new Map<string, string[]>();
  const add = (reason: string | undefined, item: string) => {
    if (reason !== undefined) byReason.set(reason, [...(byReason.get(reason) ?? []), item]);
  };
  for (const r of coverage.responses)
    if (r.state === 'unreachable') add(r.unreachable, `${r.operationId} ${r.status}${r.errorCode === undefined ? '' : ` ${r.errorCode}`}`);
  for (const r of coverage.rules) if (r.state === 'unreachable') add(r.unreachable, `${r.operationId} rule ${r.rule}`);
  for (const f of coverage.flows) if (f.state === 'unreachable') add(f.unreachable, `flow ${f.title}`);
  return [...byReason].map(([reason, items]) => ({ reason, items }));
}
