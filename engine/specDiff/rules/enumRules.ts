/**
 * Rules on `enum` (and `const`, an enum of one). No enum means every value is allowed.
 */
import { atNew, type SchemaContext, type ScopedRule } from '../DiffRule.ts';
import type { FlatSchema } from '../flattenSchema.ts';

function values(schema: FlatSchema): Set<string> | undefined {
  const { enum: list, const: single } = schema.keywords;
  if (Array.isArray(list)) return new Set(list.map((v) => JSON.stringify(v)));
  return 'const' in schema.keywords ? new Set([JSON.stringify(single)]) : undefined;
}

/** Values allowed by `a` but not by `b`; `['(any value)']` when `a` is unrestricted and `b` is not. */
function lost(a: Set<string> | undefined, b: Set<string> | undefined): string[] {
  if (b === undefined) return [];
  return a === undefined ? ['(any value)'] : [...a].filter((v) => !b.has(v));
}

const check = (direction: string, from: 'old' | 'new', verb: string) => (ctx: SchemaContext) => {
  if (ctx.direction !== direction) return [];
  const [a, b] = from === 'old' ? [values(ctx.old), values(ctx.new)] : [values(ctx.new), values(ctx.old)];
  return lost(a, b).map((v) => atNew(ctx.new.at, `${direction} enum value ${v} ${verb}`));
};

export const enumRules: readonly ScopedRule<'schema'>[] = [
  {
    name: 'request-enum-value-removed',
    scope: 'schema',
    level: 'ERR',
    why: 'Requests sending the removed value are now refused.',
    detect: check('request', 'old', 'removed'),
  },
  {
    name: 'response-enum-value-added',
    scope: 'schema',
    level: 'WARN',
    why: 'Clients that switch over the known values meet one they do not handle.',
    detect: check('response', 'new', 'added'),
  },
  {
    name: 'request-enum-value-added',
    scope: 'schema',
    level: 'INFO',
    why: 'Every value clients sent is still accepted.',
    detect: check('request', 'new', 'added'),
  },
  {
    name: 'response-enum-value-removed',
    scope: 'schema',
    level: 'INFO',
    why: 'Clients receive a subset of what they handled.',
    detect: check('response', 'old', 'removed'),
  },
];
