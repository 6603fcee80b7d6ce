/**
 * Rules on one response (matched by status): removed or added, its media types and its headers.
 * Documented error codes have their own rules (errorCodeRules.ts).
 */
import type { PartContext, ScopedRule } from '../DiffRule.ts';
import { mediaTypes } from './mediaTypes.ts';
import { membersOnlyIn } from './membersOnlyIn.ts';
import { partOnlyIn } from './partOnlyIn.ts';
import { requiredHeaders } from './requiredHeaders.ts';

const isSuccess = (status: string) => /^2(\d\d|XX)$/i.test(status);

// Both sides are read before the presence test: a broken header `$ref` of an added or removed response is reported too.
const headers = (ctx: PartContext) => {
  const [before, after] = [requiredHeaders(ctx.oldSource, ctx.old), requiredHeaders(ctx.newSource, ctx.new)];
  return ctx.old && ctx.new ? { old: before, new: after } : undefined;
};

export const responseRules: readonly ScopedRule<'response'>[] = [
  {
    name: 'success-status-removed',
    scope: 'response',
    level: 'ERR',
    why: 'Clients expecting this success status (and its body) no longer get it.',
    detect: partOnlyIn(
      'old',
      (key) => `success status ${key} removed`,
      (_, key) => isSuccess(key),
    ),
  },
  {
    name: 'response-media-type-removed',
    scope: 'response',
    level: 'ERR',
    why: 'Clients that ask for or parse the removed media type no longer get it.',
    detect: membersOnlyIn('old', mediaTypes, ({ key }, type) => `response ${key} media type ${type} removed`),
  },
  {
    name: 'response-required-header-removed',
    scope: 'response',
    level: 'ERR',
    why: 'Clients that read the header (for example to wait or paginate) no longer get it.',
    detect: membersOnlyIn('old', headers, ({ key }, name) => `response ${key} header ${name} is no longer required`),
  },
  {
    name: 'response-status-removed',
    scope: 'response',
    level: 'WARN',
    why: 'Client handling of this status becomes dead code, but a server still sending it is now off-contract.',
    detect: partOnlyIn(
      'old',
      (key) => `status ${key} removed`,
      (_, key) => !isSuccess(key),
    ),
  },
  {
    name: 'response-status-added',
    scope: 'response',
    level: 'INFO',
    why: 'Documenting a status the server may send is safe; clients should already handle unknown statuses.',
    detect: partOnlyIn('new', (key) => `status ${key} added`),
  },
  {
    name: 'response-media-type-added',
    scope: 'response',
    level: 'INFO',
    why: 'An extra media type does not change what existing clients receive.',
    detect: membersOnlyIn('new', mediaTypes, ({ key }, type) => `response ${key} media type ${type} added`),
  },
];
