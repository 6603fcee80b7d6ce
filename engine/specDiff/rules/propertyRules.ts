/**
 * Rules on an object schema's properties and `required` list, for request and response bodies.
 * A response property becoming required is safe for clients but makes the harness's response check
 * stricter (a response without it now fails), hence WARN rather than INFO.
 */
import { atNew, atOld, type Finding, type SchemaContext, type ScopedRule } from '../DiffRule.ts';
import type { FlatSchema } from '../flattenSchema.ts';
import { child } from '../jsonPointer.ts';
import type { Direction } from '../DiffRule.ts';

type Case = 'added-required' | 'added-optional' | 'removed-required' | 'removed-optional' | 'became-required' | 'became-optional';

const propertyAt = (s: FlatSchema, name: string) => s.properties.get(name)?.at ?? child(s.at, 'properties', name);
const known = (s: FlatSchema, name: string) => s.properties.has(name) || s.required.has(name);

function caseOf(ctx: SchemaContext, name: string): Case | undefined {
  const [was, is] = [known(ctx.old, name), known(ctx.new, name)];
  const [wasReq, isReq] = [ctx.old.required.has(name), ctx.new.required.has(name)];
  if (!was) return isReq ? 'added-required' : 'added-optional';
  if (!is) return wasReq ? 'removed-required' : 'removed-optional';
  if (wasReq !== isReq) return isReq ? 'became-required' : 'became-optional';
  return undefined;
}

function findings(ctx: SchemaContext, direction: Direction, wanted: Case): Finding[] {
  if (ctx.direction !== direction) return [];
  const names = new Set([...ctx.old.properties.keys(), ...ctx.old.required, ...ctx.new.properties.keys(), ...ctx.new.required]);
  const out: Finding[] = [];
  for (const name of names) {
    if (caseOf(ctx, name) !== wanted) continue;
    const message = `${direction} property ${name} ${wanted.replace('-', ' ')}`.replace(
      / (added|removed) (required|optional)$/,
      ' ($2) $1',
    );
    out.push(wanted.startsWith('removed') ? atOld(propertyAt(ctx.old, name), message) : atNew(propertyAt(ctx.new, name), message));
  }
  return out;
}

const rule = (direction: Direction, wanted: Case, level: 'ERR' | 'WARN' | 'INFO', why: string): ScopedRule<'schema'> => ({
  name: `${direction}-${
    wanted.startsWith('added') || wanted.startsWith('removed')
      ? `${wanted.split('-')[1]}-property-${wanted.split('-')[0]}`
      : `property-${wanted}`
  }`,
  scope: 'schema',
  level,
  why,
  detect: (ctx) => findings(ctx, direction, wanted),
});

const STRICTER_CHECK =
  'Safe for clients, but the response check now fails every response without the property: ' + 'confirm the server always sends it.';

export const propertyRules: readonly ScopedRule<'schema'>[] = [
  rule('request', 'added-required', 'ERR', 'Existing requests lack the new required property and are refused.'),
  rule('request', 'became-required', 'ERR', 'Requests that leave the property out are now refused.'),
  {
    name: 'request-additional-properties-disallowed',
    scope: 'schema',
    level: 'ERR',
    why: 'Requests carrying extra keys, accepted before, are now refused.',
    detect: (ctx) =>
      ctx.direction === 'request' && ctx.old.keywords.additionalProperties !== false && ctx.new.keywords.additionalProperties === false
        ? [atNew(ctx.new.at, 'request object closed (additionalProperties: false)')]
        : [],
  },
  rule('response', 'removed-required', 'ERR', 'Clients reading the property no longer get it.'),
  rule('response', 'became-optional', 'ERR', 'Clients that rely on the property always being there may now miss it.'),
  rule('request', 'removed-optional', 'WARN', 'Clients still send it; the server may now ignore it.'),
  rule('request', 'removed-required', 'WARN', 'Clients still send it; the server may now ignore it.'),
  rule('response', 'removed-optional', 'WARN', 'Clients that read the optional property lose it; they already had to cope without it.'),
  rule('response', 'became-required', 'WARN', STRICTER_CHECK),
  rule('response', 'added-required', 'WARN', STRICTER_CHECK),
  rule('request', 'added-optional', 'INFO', 'Requests without the new optional property stay valid.'),
  rule('request', 'became-optional', 'INFO', 'Requests that send the property stay valid.'),
  rule('response', 'added-optional', 'INFO', 'Tolerant clients ignore a new optional property.'),
];
