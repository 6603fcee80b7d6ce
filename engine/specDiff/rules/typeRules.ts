/**
 * Rules on a schema's `type`. A request schema must accept every type it accepted; a response
 * schema must not produce a type clients have never seen (becoming nullable included).
 */
import { atNew, type SchemaContext, type ScopedRule } from '../DiffRule.ts';

const covers = (set: ReadonlySet<string> | undefined, t: string) => !set || set.has(t) || (t === 'integer' && set.has('number'));
const show = (set: ReadonlySet<string> | undefined) => (set ? [...set].join('|') : 'any');
/** Types of `a` that `b` does not allow; 'any' when `a` is unrestricted and `b` is not. */
const beyond = (a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined) =>
  a === undefined ? (b === undefined ? [] : ['any']) : [...a].filter((t) => !covers(b, t));

const changed = ({ old, new: now }: SchemaContext) => `type ${show(old.types)} → ${show(now.types)}`;

export const typeRules: readonly ScopedRule<'schema'>[] = [
  {
    name: 'request-type-changed',
    scope: 'schema',
    level: 'ERR',
    why: 'Values of the dropped type, which clients may send, are now refused.',
    detect: (ctx) =>
      ctx.direction === 'request' && beyond(ctx.old.types, ctx.new.types).length > 0 ? [atNew(ctx.new.at, `request ${changed(ctx)}`)] : [],
  },
  {
    name: 'response-type-changed',
    scope: 'schema',
    level: 'ERR',
    why: 'Clients parsing the old type meet values of a type they have never seen.',
    detect: (ctx) =>
      ctx.direction === 'response' && beyond(ctx.new.types, ctx.old.types).length > 0
        ? [atNew(ctx.new.at, `response ${changed(ctx)}`)]
        : [],
  },
  {
    name: 'request-type-widened',
    scope: 'schema',
    level: 'INFO',
    why: 'Every value clients sent is still accepted.',
    detect: (ctx) =>
      ctx.direction === 'request' && beyond(ctx.old.types, ctx.new.types).length === 0 && beyond(ctx.new.types, ctx.old.types).length > 0
        ? [atNew(ctx.new.at, `request ${changed(ctx)}`)]
        : [],
  },
  {
    name: 'response-type-narrowed',
    scope: 'schema',
    level: 'INFO',
    why: 'Clients receive a subset of what they handled.',
    detect: (ctx) =>
      ctx.direction === 'response' && beyond(ctx.new.types, ctx.old.types).length === 0 && beyond(ctx.old.types, ctx.new.types).length > 0
        ? [atNew(ctx.new.at, `response ${changed(ctx)}`)]
        : [],
  },
];
