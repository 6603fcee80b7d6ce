/**
 * Rules on one response (matched by status): removed or added, its media types and its headers.
 * Documented error codes have their own rules (errorCodeRules.ts).
 */
import { atNew, atOld, type ScopedRule } from '../DiffRule.ts';
import { child } from '../jsonPointer.ts';
import { mediaTypes } from './mediaTypes.ts';
import { requiredHeaders } from './requiredHeaders.ts';

const isSuccess = (status: string) => /^2(\d\d|XX)$/i.test(status);

export const responseRules: readonly ScopedRule<'response'>[] = [
  {
    name: 'success-status-removed',
    scope: 'response',
    level: 'ERR',
    why: 'Clients expecting this success status (and its body) no longer get it.',
    detect: ({ key, old, new: now }) =>
      old && !now && isSuccess(key) ? [atOld(old.origin ?? old.at, `success status ${key} removed`)] : [],
  },
  {
    name: 'response-media-type-removed',
    scope: 'response',
    level: 'ERR',
    why: 'Clients that ask for or parse the removed media type no longer get it.',
    detect: ({ key, old, new: now }) => {
      if (!old || !now) return [];
      const after = mediaTypes(now);
      return [...mediaTypes(old)]
        .filter(([type]) => !after.has(type))
        .map(([type, k]) => atOld(child(old.at, 'content', k), `response ${key} media type ${type} removed`));
    },
  },
  {
    name: 'response-required-header-removed',
    scope: 'response',
    level: 'ERR',
    why: 'Clients that read the header (for example to wait or paginate) no longer get it.',
    detect: (ctx) => {
      const before = requiredHeaders(ctx.oldSource, ctx.old);
      const after = requiredHeaders(ctx.newSource, ctx.new);
      if (!ctx.old || !ctx.new) return [];
      return [...before]
        .filter(([name]) => !after.has(name))
        .map(([name, at]) => atOld(at, `response ${ctx.key} header ${name} is no longer required`));
    },
  },
  {
    name: 'response-status-removed',
    scope: 'response',
    level: 'WARN',
    why: 'Client handling of this status becomes dead code, but a server still sending it is now off-contract.',
    detect: ({ key, old, new: now }) => (old && !now && !isSuccess(key) ? [atOld(old.origin ?? old.at, `status ${key} removed`)] : []),
  },
  {
    name: 'response-status-added',
    scope: 'response',
    level: 'INFO',
    why: 'Documenting a status the server may send is safe; clients should already handle unknown statuses.',
    detect: ({ key, old, new: now }) => (!old && now ? [atNew(now.origin ?? now.at, `status ${key} added`)] : []),
  },
  {
    name: 'response-media-type-added',
    scope: 'response',
    level: 'INFO',
    why: 'An extra media type does not change what existing clients receive.',
    detect: ({ key, old, new: now }) => {
      if (!old || !now) return [];
      const before = mediaTypes(old);
      return [...mediaTypes(now)]
        .filter(([type]) => !before.has(type))
        .map(([type, k]) => atNew(child(now.at, 'content', k), `response ${key} media type ${type} added`));
    },
  },
];
