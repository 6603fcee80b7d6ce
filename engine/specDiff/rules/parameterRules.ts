/**
 * Rules on one parameter (matched by location and name): added, removed, required-ness changed.
 * Schema changes of a parameter are judged by the schema rules with direction `request`.
 */
import { atNew, type ScopedRule } from '../DiffRule.ts';
import { partOnlyIn } from './partOnlyIn.ts';

const isRequired = (node: Record<string, unknown> | undefined) => node?.required === true || node?.in === 'path';
const label = (key: string) => key.replace(':', ' parameter ');

export const parameterRules: readonly ScopedRule<'parameter'>[] = [
  {
    name: 'parameter-added-required',
    scope: 'parameter',
    level: 'ERR',
    why: 'Existing calls do not send the new parameter and are now refused.',
    detect: partOnlyIn(
      'new',
      (key) => `required ${label(key)} added`,
      (part) => isRequired(part.node),
    ),
  },
  {
    name: 'parameter-became-required',
    scope: 'parameter',
    level: 'ERR',
    why: 'Calls that leave the parameter out are now refused.',
    detect: ({ key, old, new: now }) =>
      old && now && !isRequired(old.node) && isRequired(now.node) ? [atNew(now.at, `${label(key)} became required`)] : [],
  },
  {
    name: 'parameter-removed',
    scope: 'parameter',
    level: 'WARN',
    why: 'Clients still send it; the server may ignore or refuse it, and its effect is gone.',
    detect: partOnlyIn('old', (key) => `${label(key)} removed`),
  },
  {
    name: 'parameter-added-optional',
    scope: 'parameter',
    level: 'INFO',
    why: 'An optional parameter changes nothing for calls that do not send it.',
    detect: partOnlyIn(
      'new',
      (key) => `optional ${label(key)} added`,
      (part) => !isRequired(part.node),
    ),
  },
  {
    name: 'parameter-became-optional',
    scope: 'parameter',
    level: 'INFO',
    why: 'Calls that send the parameter keep working.',
    detect: ({ key, old, new: now }) =>
      old && now && isRequired(old.node) && !isRequired(now.node) ? [atNew(now.at, `${label(key)} became optional`)] : [],
  },
];
