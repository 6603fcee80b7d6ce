/**
 * Rules on the error codes a response documents (the extension named by `options.errorCodesKey`).
 * Added → WARN: the harness now accepts the code, but a client that maps known codes to messages or
 * retries meets one it does not handle. Removed → INFO: clients handling it lose nothing; the harness
 * will now report the code as undocumented if the server still sends it, which is the point of removing it.
 */
import { atNew, atOld, type PartContext, type ScopedRule } from '../DiffRule.ts';
import { child } from '../jsonPointer.ts';

function codes(ctx: PartContext, side: 'old' | 'new'): Set<string> {
  const list = ctx[side]?.node[ctx.options.errorCodesKey];
  return new Set(Array.isArray(list) ? list.map(String) : []);
}

export const errorCodeRules: readonly ScopedRule<'response'>[] = [
  {
    name: 'error-code-added',
    scope: 'response',
    level: 'WARN',
    why: 'Safe for the harness, which now accepts the code; a client mapping error codes may not handle it.',
    detect: (ctx) => {
      if (!ctx.old || !ctx.new) return [];
      const before = codes(ctx, 'old');
      const at = child(ctx.new.at, ctx.options.errorCodesKey);
      return [...codes(ctx, 'new')].filter((c) => !before.has(c)).map((c) => atNew(at, `status ${ctx.key} documents new error code ${c}`));
    },
  },
  {
    name: 'error-code-removed',
    scope: 'response',
    level: 'INFO',
    why: 'Clients handling the code lose nothing; the harness now reports it as undocumented if it is still sent.',
    detect: (ctx) => {
      if (!ctx.old || !ctx.new) return [];
      const after = codes(ctx, 'new');
      const at = child(ctx.old.at, ctx.options.errorCodesKey);
      return [...codes(ctx, 'old')]
        .filter((c) => !after.has(c))
        .map((c) => atOld(at, `status ${ctx.key} no longer documents error code ${c}`));
    },
  },
];
