/**
 * Rules on `anyOf` / `oneOf`. Alternatives are matched by position only when both lists have the
 * same length; a different count cannot be judged member by member, so it is flagged for review.
 */
import { atNew, type ScopedRule } from '../DiffRule.ts';

const count = (v: unknown) => (Array.isArray(v) ? v.length : 0);

export const compositionRules: readonly ScopedRule<'schema'>[] = [
  {
    name: 'schema-alternatives-changed',
    scope: 'schema',
    level: 'WARN',
    why: 'A changed set of alternatives may accept or produce different values; review it by hand.',
    detect: (ctx) =>
      ['anyOf', 'oneOf']
        .filter((k) => count(ctx.old.keywords[k]) !== count(ctx.new.keywords[k]))
        .map((k) => atNew(ctx.new.at, `${ctx.direction} ${k} alternatives ${count(ctx.old.keywords[k])} → ${count(ctx.new.keywords[k])}`)),
  },
];
