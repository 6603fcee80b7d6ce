/**
 * The engine's entry point: two parsed documents → classified change records, grouped per operation
 * (document order, old first), most severe first, then in rule-registry order. A change reached
 * twice inside one operation (a shared component) is listed once.
 */
import { applyRules, type FindingSink } from './applyRules.ts';
import { diffOperation } from './diffOperation.ts';
import { listOperations } from './listOperations.ts';
import { RULES } from './ruleRegistry.ts';
import { DOCUMENT_GROUP, LEVELS, type Level, type SpecChange, type SpecDiffResult } from './SpecChange.ts';
import { resolveSpecDiffOptions, type SpecDiffOptions } from './specDiffOptions.ts';
import type { SpecSource } from './SpecSource.ts';

export function diffSpecs(oldSource: SpecSource, newSource: SpecSource, input: Partial<SpecDiffOptions> = {}): SpecDiffResult {
  const options = resolveSpecDiffOptions(input);
  const changes: SpecChange[] = [];
  const seen = new Set<string>();
  const sinkFor =
    (operation: string, operationId: string | undefined): FindingSink =>
    (rule, findings) => {
      for (const f of findings) {
        const key = `${operation}|${rule.name}|${f.in}|${f.pointer}|${f.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const change = {
          rule: rule.name,
          level: rule.level,
          operation,
          pointer: f.pointer,
          in: f.in,
          message: f.message,
          why: rule.why,
        };
        changes.push(operationId === undefined ? change : { ...change, operationId });
      }
    };
  const base = { options, oldSource, newSource };
  const root = (s: SpecSource) => ({ node: s.document as Record<string, unknown>, at: '#' });
  applyRules('marker', { ...base, old: root(oldSource), new: root(newSource) }, sinkFor(DOCUMENT_GROUP, undefined));
  const [oldOps, newOps] = [listOperations(oldSource), listOperations(newSource)];
  for (const key of new Set([...oldOps.keys(), ...newOps.keys()])) {
    const [old, now] = [oldOps.get(key), newOps.get(key)];
    const sink = sinkFor(key, now?.operationId ?? old?.operationId);
    diffOperation({ ...base, sink, visited: new Set() }, old, now);
  }
  return { changes: sortChanges(changes), counts: countLevels(changes) };
}

function sortChanges(changes: readonly SpecChange[]): SpecChange[] {
  const groups = [...new Set(changes.map((c) => c.operation))];
  const rank = (c: SpecChange) => [groups.indexOf(c.operation), LEVELS.indexOf(c.level), RULES.findIndex((r) => r.name === c.rule)];
  return [...changes].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    return ra[0]! - rb[0]! || ra[1]! - rb[1]! || ra[2]! - rb[2]!;
  });
}

function countLevels(changes: readonly SpecChange[]): Record<Level, number> {
  const counts: Record<Level, number> = { ERR: 0, WARN: 0, INFO: 0 };
  for (const c of changes) counts[c.level] += 1;
  return counts;
}
