/**
 * Counts passed/failed/skipped per (operation, check) across exchanges, in check order.
 */
import type { OperationId } from '../contract/types.ts';
import type { CheckResult } from '../checks/types.ts';
import type { CheckTally } from '../events/contractRecord.ts';

export interface TallyBook {
  add(operationId: OperationId, results: ReadonlyMap<string, CheckResult>): void;
  tallies(): CheckTally[];
}

export function createTallyBook(): TallyBook {
  const rows = new Map<string, { operationId: OperationId; check: string; passed: number; failed: number; skipped: number }>();
  return {
    add(operationId, results) {
      for (const [check, result] of results) {
        const key = `${operationId}\u0000${check}`;
        let row = rows.get(key);
        if (!row) rows.set(key, (row = { operationId, check, passed: 0, failed: 0, skipped: 0 }));
        // Warnings alone (e.g. which documented form was used) are findings, not a failed check.
        const onlyWarnings = result.status === 'failed' && result.failures.every((f) => f.severity === 'warning');
        row[onlyWarnings ? 'passed' : result.status] += 1;
      }
    },
    // Insertion order = first operation seen, then check-list order: stable for reports.
    tallies: () => [...rows.values()].map((r) => ({ ...r })),
  };
}
