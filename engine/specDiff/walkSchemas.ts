/**
 * Walks an old and a new schema side by side, applying the schema and marker rules at each pair
 * and descending into common properties, items, additionalProperties and same-length anyOf/oneOf.
 * A pair of locations is visited once per walk, so recursive schemas (`$ref` cycles) terminate;
 * `maxDepth` bounds anything else.
 */
import { applyRules, type FindingSink } from './applyRules.ts';
import type { Direction } from './DiffRule.ts';
import { flattenSchema } from './flattenSchema.ts';
import { isRecord } from './isRecord.ts';
import { child } from './jsonPointer.ts';
import type { SpecDiffOptions } from './specDiffOptions.ts';
import type { SpecSource } from './SpecSource.ts';

export interface WalkEnv {
  readonly options: SpecDiffOptions;
  readonly oldSource: SpecSource;
  readonly newSource: SpecSource;
  readonly sink: FindingSink;
  /** `direction|oldAt|newAt` of pairs already walked. */
  readonly visited: Set<string>;
}

export interface SchemaAt {
  readonly schema: unknown;
  readonly at: string;
}

export function walkSchemas(env: WalkEnv, direction: Direction, before: SchemaAt, after: SchemaAt, depth = 0): void {
  const old = flattenSchema(env.oldSource, before.schema, before.at);
  const now = flattenSchema(env.newSource, after.schema, after.at);
  const key = `${direction}|${old.at}|${now.at}`;
  if (env.visited.has(key) || depth > env.options.maxDepth) return;
  env.visited.add(key);
  const base = { options: env.options, oldSource: env.oldSource, newSource: env.newSource };
  applyRules('schema', { ...base, direction, old, new: now }, env.sink);
  applyRules('marker', { ...base, old: { node: old.keywords, at: old.at }, new: { node: now.keywords, at: now.at } }, env.sink);
  const next = (a: SchemaAt, b: SchemaAt) => walkSchemas(env, direction, a, b, depth + 1);
  for (const [name, prop] of old.properties) {
    const other = now.properties.get(name);
    if (other) next(prop, other);
  }
  for (const keyword of ['items', 'additionalProperties']) {
    const [a, b] = [old.keywords[keyword], now.keywords[keyword]];
    if (isRecord(a) && isRecord(b)) next({ schema: a, at: child(old.at, keyword) }, { schema: b, at: child(now.at, keyword) });
  }
  for (const keyword of ['anyOf', 'oneOf']) {
    const [a, b] = [old.keywords[keyword], now.keywords[keyword]];
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) continue;
    a.forEach((member, i) => {
      next({ schema: member, at: child(old.at, keyword, i) }, { schema: b[i], at: child(now.at, keyword, i) });
    });
  }
}
