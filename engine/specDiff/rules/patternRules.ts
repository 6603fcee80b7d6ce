/**
 * Rules on `pattern` and `format`. Whether two regular expressions accept the same strings is not
 * decidable here, so any change of text counts as a change.
 */
import { atNew, type SchemaContext, type ScopedRule } from '../DiffRule.ts';

const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
const show = (v: string | undefined) => (v === undefined ? 'none' : JSON.stringify(v));

function changed(ctx: SchemaContext, keyword: string, direction: string | undefined, when: (a?: string, b?: string) => boolean) {
  if (direction !== undefined && ctx.direction !== direction) return [];
  const before = text(ctx.old.keywords[keyword]);
  const after = text(ctx.new.keywords[keyword]);
  if (before === after || !when(before, after)) return [];
  return [atNew(ctx.new.at, `${ctx.direction} ${keyword} ${show(before)} → ${show(after)}`)];
}

export const patternRules: readonly ScopedRule<'schema'>[] = [
  {
    name: 'request-pattern-changed',
    scope: 'schema',
    level: 'ERR',
    why: 'A new or different pattern may refuse values clients send.',
    detect: (ctx) => changed(ctx, 'pattern', 'request', (_a, b) => b !== undefined),
  },
  {
    name: 'response-pattern-changed',
    scope: 'schema',
    level: 'WARN',
    why: 'Responses may carry values that no longer match what clients validate or parse.',
    detect: (ctx) => changed(ctx, 'pattern', 'response', (a) => a !== undefined),
  },
  {
    name: 'format-changed',
    scope: 'schema',
    level: 'WARN',
    why: 'A format changes how values are validated and parsed on both sides.',
    detect: (ctx) => changed(ctx, 'format', undefined, () => true),
  },
  {
    name: 'request-pattern-removed',
    scope: 'schema',
    level: 'INFO',
    why: 'Every value clients sent is still accepted.',
    detect: (ctx) => changed(ctx, 'pattern', 'request', (_a, b) => b === undefined),
  },
  {
    name: 'response-pattern-added',
    scope: 'schema',
    level: 'INFO',
    why: 'Clients receive a subset of what they handled.',
    detect: (ctx) => changed(ctx, 'pattern', 'response', (a) => a === undefined),
  },
];
