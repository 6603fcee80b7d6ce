/** One entry per rule that produced a change, in output order, with its level and reason. */
import type { SpecChange } from '../SpecChange.ts';

export function rulesFired(changes: readonly SpecChange[]): SpecChange[] {
  const seen = new Map<string, SpecChange>();
  for (const c of changes) if (!seen.has(c.rule)) seen.set(c.rule, c);
  return [...seen.values()];
}
