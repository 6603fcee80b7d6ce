/**
 * Rules on a schema's `type`. A request schema must accept every type it accepted; a response
 * schema must not produce a type clients have never seen (becoming nullable included).
 */
import { atNew, type Direction, type SchemaContext, type ScopedRule } from '../DiffRule.ts';

const covers = (set: ReadonlySet<string> | undefined, t: string) => !set || set.has(t) || (t === 'integer' && set.has('number'));
const show = (set: ReadonlySet<string> | undefined) => (set ? [...set].join('|') : 'any');
/** Types of `a` that `b` does not allow; 'any' when `a` is unrestricted and `b` is not. */
const beyond = (a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined) =>
  a === undefined ? (b === undefined ? [] : ['any']) : [...a].filter((t) => !covers(b, t));

/**
 * Clients send the old request types to a server accepting the new ones, and accept the old
 * response types from a server sending the new ones. Breaking: some type sent is not accepted.
 * Safe but changed: every type sent is accepted, and more are.
 */
const typeChange = (direction: Direction, breaking: boolean) => (ctx: SchemaContext) => {
  if (ctx.direction !== direction) return [];
  const [sent, accepted] = direction === 'request' ? [ctx.old.types, ctx.new.types] : [ctx.new.types, ctx.old.types];
  const found = breaking ? beyond(sent, accepted).length > 0 : beyond(sent, accepted).length === 0 && beyond(accepted, sent).length > 0;
  return found ? [atNew(ctx.new.at, `${direction} type ${show(ctx.old.types)} → ${show(ctx.new.types)}`)] : [];
};

export const typeRules: readonly ScopedRule<'schema'>[] = [
  {
    name: 'request-type-changed',
    scope: 'schema',
    level: 'ERR',
    why: 'Values of the dropped type, which clients may send, are now refused.',
    detect: typeChange('request', true),
  },
  {
    name: 'response-type-changed',
    scope: 'schema',
    level: 'ERR',
    why: 'Clients parsing the old type meet values of a type they have never seen.',
    detect: typeChange('response', true),
  },
  {
    name: 'request-type-widened',
    scope: 'schema',
    level: 'INFO',
    why: 'Every value clients sent is still accepted.',
    detect: typeChange('request', false),
  },
  {
    name: 'response-type-narrowed',
    scope: 'schema',
    level: 'INFO',
    why: 'Clients receive a subset of what they handled.',
    detect: typeChange('response', false),
  },
];
