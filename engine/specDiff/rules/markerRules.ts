/**
 * Rules on the document's own extension markers, wherever they sit (document, operation, parameter,
 * response, schema). Losing a secret marker means values there are no longer redacted: ERR for the
 * harness's safety even though the wire format is unchanged. A changed ambiguity marker means a
 * decision about an unclear contract was revisited: WARN, so a reviewer reads it.
 */
import { atNew, atOld, type Finding, type MarkerContext, type ScopedRule } from '../DiffRule.ts';
import { isRecord } from '../isRecord.ts';
import { child } from '../jsonPointer.ts';

const secret = (ctx: MarkerContext, side: 'old' | 'new') => ctx[side].node[ctx.options.secretKey] === true;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Entries of a list of `{ id }` objects compared by id; anything else compared whole. */
function markerChanges(ctx: MarkerContext, key: string): Finding[] {
  const [before, after] = [ctx.old.node[key], ctx.new.node[key]];
  if (same(before, after)) return [];
  const byId = (list: unknown) =>
    Array.isArray(list) && list.every((e) => isRecord(e) && e.id !== undefined)
      ? new Map(list.map((e, i) => [String((e as Record<string, unknown>).id), { e, i }]))
      : undefined;
  const [oldIds, newIds] = [byId(before), byId(after)];
  if (!oldIds || !newIds) {
    const where = after === undefined ? atOld : atNew;
    const verb = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
    return [where(child(after === undefined ? ctx.old.at : ctx.new.at, key), `${key} ${verb}`)];
  }
  const out: Finding[] = [];
  for (const [id, { e, i }] of oldIds) {
    const now = newIds.get(id);
    if (!now) out.push(atOld(child(ctx.old.at, key, i), `${key} entry ${id} removed`));
    else if (!same(e, now.e)) out.push(atNew(child(ctx.new.at, key, now.i), `${key} entry ${id} changed`));
  }
  for (const [id, { i }] of newIds) if (!oldIds.has(id)) out.push(atNew(child(ctx.new.at, key, i), `${key} entry ${id} added`));
  return out;
}

export const markerRules: readonly ScopedRule<'marker'>[] = [
  {
    name: 'secret-marker-removed',
    scope: 'marker',
    level: 'ERR',
    why: 'Values here are no longer redacted from logs, reports and baselines.',
    detect: (ctx) =>
      secret(ctx, 'old') && !secret(ctx, 'new')
        ? [atNew(ctx.new.at, `${ctx.options.secretKey} removed: values here will no longer be redacted`)]
        : [],
  },
  {
    name: 'ambiguity-marker-changed',
    scope: 'marker',
    level: 'WARN',
    why: 'A recorded decision about an unclear part of the contract was revisited; runtime checks may follow it.',
    detect: (ctx) => ctx.options.ambiguityKeys.flatMap((key) => markerChanges(ctx, key)),
  },
  {
    name: 'secret-marker-added',
    scope: 'marker',
    level: 'INFO',
    why: 'More values are redacted; nothing on the wire changes.',
    detect: (ctx) => (!secret(ctx, 'old') && secret(ctx, 'new') ? [atNew(ctx.new.at, `${ctx.options.secretKey} added`)] : []),
  },
];
