/**
 * Rules on numeric bounds (lengths, values, item counts). A tighter bound refuses requests that
 * were valid; a looser bound lets responses carry values clients may not expect.
 */
import { atNew, type Finding, type SchemaContext, type ScopedRule } from '../DiffRule.ts';

interface Bound {
  readonly keywords: readonly string[];
  readonly upper: boolean;
  /** Rule name when a request tightens this bound. */
  readonly rule: string;
}

const BOUNDS: readonly Bound[] = [
  { keywords: ['maxLength'], upper: true, rule: 'request-max-length-lowered' },
  { keywords: ['minLength'], upper: false, rule: 'request-min-length-raised' },
  { keywords: ['maximum', 'exclusiveMaximum'], upper: true, rule: 'request-maximum-lowered' },
  { keywords: ['minimum', 'exclusiveMinimum'], upper: false, rule: 'request-minimum-raised' },
  { keywords: ['maxItems'], upper: true, rule: 'request-max-items-lowered' },
  { keywords: ['minItems'], upper: false, rule: 'request-min-items-raised' },
];

const num = (v: unknown) => (typeof v === 'number' ? v : undefined);

/** Keyword changes that tighten (`tighter`) or loosen (`!tighter`) a bound, as findings. */
function boundChanges(ctx: SchemaContext, bounds: readonly Bound[], tighter: boolean): Finding[] {
  const found: Finding[] = [];
  for (const bound of bounds) {
    for (const keyword of bound.keywords) {
      const before = num(ctx.old.keywords[keyword]);
      const after = num(ctx.new.keywords[keyword]);
      if (before === after) continue;
      const tightened = after !== undefined && (before === undefined || (bound.upper ? after < before : after > before));
      if (tightened === tighter) found.push(atNew(ctx.new.at, `${ctx.direction} ${keyword} ${before ?? 'none'} → ${after ?? 'none'}`));
    }
  }
  return found;
}

const tightening: ScopedRule<'schema'>[] = BOUNDS.map((bound) => ({
  name: bound.rule,
  scope: 'schema',
  level: 'ERR',
  why: 'Requests that satisfied the old bound are now refused.',
  detect: (ctx: SchemaContext) => (ctx.direction === 'request' ? boundChanges(ctx, [bound], true) : []),
}));

export const boundRules: readonly ScopedRule<'schema'>[] = [
  ...tightening,
  {
    name: 'response-constraint-relaxed',
    scope: 'schema',
    level: 'WARN',
    why: 'Responses may now carry values outside the bound clients relied on (buffer sizes, ranges).',
    detect: (ctx) => (ctx.direction === 'response' ? boundChanges(ctx, BOUNDS, false) : []),
  },
  {
    name: 'request-constraint-relaxed',
    scope: 'schema',
    level: 'INFO',
    why: 'Every request that was valid still is.',
    detect: (ctx) => (ctx.direction === 'request' ? boundChanges(ctx, BOUNDS, false) : []),
  },
  {
    name: 'response-constraint-tightened',
    scope: 'schema',
    level: 'INFO',
    why: 'Clients receive a subset of what they handled.',
    detect: (ctx) => (ctx.direction === 'response' ? boundChanges(ctx, BOUNDS, true) : []),
  },
];
