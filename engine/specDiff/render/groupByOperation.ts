/** Changes grouped per operation, keeping the engine's order of groups and of changes. */
import type { SpecChange } from '../SpecChange.ts';

export interface OperationGroup {
  /** `METHOD /path` or `(document)`, with the operationId when there is one. */
  readonly title: string;
  readonly changes: readonly SpecChange[];
}

export function groupByOperation(changes: readonly SpecChange[]): OperationGroup[] {
  const groups = new Map<string, SpecChange[]>();
  for (const c of changes) {
    const title = c.operationId === undefined ? c.operation : `${c.operation} (${c.operationId})`;
    groups.set(title, [...(groups.get(title) ?? []), c]);
  }
  return [...groups].map(([title, list]) => ({ title, changes: list }));
}
