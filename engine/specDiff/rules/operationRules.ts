/**
 * Rules on whole operations: removed (with or without their path) or added.
 */
import { atNew, atOld, type ScopedRule } from '../DiffRule.ts';
import { isRecord } from '../isRecord.ts';
import { child } from '../jsonPointer.ts';

export const operationRules: readonly ScopedRule<'operation'>[] = [
  {
    name: 'path-removed',
    scope: 'operation',
    level: 'ERR',
    why: 'Every client calling this path now gets 404.',
    detect: ({ old, new: now, newSource }) => {
      if (!old || now || isRecord((newSource.document.paths as Record<string, unknown>)[old.path])) return [];
      return [atOld(child('#/paths', old.path), `path ${old.path} removed (with ${old.key})`)];
    },
  },
  {
    name: 'operation-removed',
    scope: 'operation',
    level: 'ERR',
    why: 'Clients calling this method on the path now get 404 or 405.',
    detect: ({ old, new: now, newSource }) => {
      if (!old || now || !isRecord((newSource.document.paths as Record<string, unknown>)[old.path])) return [];
      return [atOld(old.at, `operation ${old.key} removed`)];
    },
  },
  {
    name: 'operation-added',
    scope: 'operation',
    level: 'INFO',
    why: 'A new operation changes nothing for existing clients.',
    detect: ({ old, new: now }) => (old || !now ? [] : [atNew(now.at, `operation ${now.key} added`)]),
  },
];
