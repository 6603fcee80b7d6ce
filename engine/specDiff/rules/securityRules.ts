/**
 * Rules on an operation's effective security (its own `security`, else the document's):
 * requirement alternatives removed, added, or a scheme they use redefined.
 */
import { atNew, type OperationContext, type ScopedRule } from '../DiffRule.ts';
import { isRecord } from '../isRecord.ts';
import type { OperationInfo } from '../listOperations.ts';
import { child } from '../jsonPointer.ts';
import type { SpecSource } from '../SpecSource.ts';
import { membersOnlyIn, type Members } from './membersOnlyIn.ts';

interface Effective {
  /** Canonical text of each alternative (`a+b[scope1,scope2]`; `(none)` for `{}`) → the pointer of the list. */
  readonly alternatives: Members;
  readonly schemes: ReadonlySet<string>;
}

function effective(source: SpecSource, op: OperationInfo): Effective {
  const own = op.node.security;
  const list = Array.isArray(own) ? own : source.document.security;
  const at = Array.isArray(own) ? child(op.at, 'security') : '#/security';
  const alternatives = new Map<string, string>();
  const schemes = new Set<string>();
  for (const req of Array.isArray(list) ? list : []) {
    if (!isRecord(req)) continue;
    const names = Object.keys(req).sort();
    for (const n of names) schemes.add(n);
    const scopes = (n: string) => (Array.isArray(req[n]) && req[n].length > 0 ? `[${[...req[n]].sort().join(',')}]` : '');
    alternatives.set(names.length === 0 ? '(none)' : names.map((n) => n + scopes(n)).join('+'), at);
  }
  return { alternatives, schemes };
}

const pair = ({ old, new: now, oldSource, newSource }: OperationContext) =>
  old && now ? { before: effective(oldSource, old), after: effective(newSource, now) } : undefined;

const alternatives = (ctx: OperationContext) => {
  const p = pair(ctx);
  return p && { old: p.before.alternatives, new: p.after.alternatives };
};

function schemeDefinition(source: SpecSource, name: string): string {
  const schemes = isRecord(source.document.components) ? source.document.components.securitySchemes : undefined;
  const scheme = isRecord(schemes) ? schemes[name] : undefined;
  if (!isRecord(scheme)) return 'undefined';
  const { description: _ignored, ...rest } = scheme;
  return JSON.stringify(rest, Object.keys(rest).sort());
}

export const securityRules: readonly ScopedRule<'operation'>[] = [
  {
    name: 'security-requirement-removed',
    scope: 'operation',
    level: 'ERR',
    why: 'Clients authenticating the removed way are now refused.',
    detect: membersOnlyIn('old', alternatives, (_, a) => `security alternative ${a} no longer accepted`),
  },
  {
    name: 'security-scheme-changed',
    scope: 'operation',
    level: 'ERR',
    why: 'Clients send credentials where or how the old scheme said; the server now looks elsewhere.',
    detect: (ctx) => {
      const p = pair(ctx);
      if (!p) return [];
      return [...p.before.schemes]
        .filter((s) => p.after.schemes.has(s))
        .filter((s) => schemeDefinition(ctx.oldSource, s) !== schemeDefinition(ctx.newSource, s))
        .map((s) => atNew(child('#/components/securitySchemes', s), `security scheme ${s} redefined`));
    },
  },
  {
    name: 'security-requirement-added',
    scope: 'operation',
    level: 'INFO',
    why: 'A new alternative way to authenticate leaves the old ones working.',
    detect: membersOnlyIn('new', alternatives, (_, a) => `security alternative ${a} added`),
  },
];
