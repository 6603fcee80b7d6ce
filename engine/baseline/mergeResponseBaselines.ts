/**
 * The union of several classes' baselines of one status: what a response of a class the baseline
 * never recorded is compared with (every field optional unless all classes always sent it).
 */
import type { ResponseBaseline } from './baseline.ts';
import { mergeShapes } from './shapeOf.ts';
import { sortedUnique } from './sortedUnique.ts';

export function mergeResponseBaselines(entries: readonly ResponseBaseline[]): ResponseBaseline {
  const forms: Record<string, string[]> = {};
  for (const entry of entries)
    for (const [id, seen] of Object.entries(entry.forms ?? {})) forms[id] = sortedUnique([...(forms[id] ?? []), ...seen]);
  const anyForms = entries.some((e) => e.forms !== undefined);
  return {
    contentTypes: sortedUnique(entries.flatMap((e) => e.contentTypes)),
    errorCodes: sortedUnique(entries.flatMap((e) => e.errorCodes)),
    shape: entries.slice(1).reduce((shape, e) => mergeShapes(shape, e.shape), entries[0]?.shape ?? {}),
    ...(anyForms ? { forms } : {}),
  };
}
