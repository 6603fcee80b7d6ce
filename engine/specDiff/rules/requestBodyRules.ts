/**
 * Rules on the request body: required-ness, removal and its media types.
 */
import { atNew, atOld, type ScopedRule } from '../DiffRule.ts';
import { child } from '../jsonPointer.ts';
import { mediaTypes } from './mediaTypes.ts';

export const requestBodyRules: readonly ScopedRule<'requestBody'>[] = [
  {
    name: 'request-body-became-required',
    scope: 'requestBody',
    level: 'ERR',
    why: 'Calls without a body are now refused.',
    detect: ({ old, new: now }) =>
      now?.node.required === true && old?.node.required !== true ? [atNew(now.at, 'request body became required')] : [],
  },
  {
    name: 'request-media-type-removed',
    scope: 'requestBody',
    level: 'ERR',
    why: 'Clients sending the removed media type are now refused (415).',
    detect: ({ old, new: now }) => {
      if (!old || !now) return [];
      const after = mediaTypes(now);
      return [...mediaTypes(old)]
        .filter(([type]) => !after.has(type))
        .map(([type, key]) => atOld(child(old.at, 'content', key), `request media type ${type} removed`));
    },
  },
  {
    name: 'request-body-removed',
    scope: 'requestBody',
    level: 'WARN',
    why: 'Clients still send a body that the server no longer documents reading.',
    detect: ({ old, new: now }) => (old && !now ? [atOld(old.origin ?? old.at, 'request body removed')] : []),
  },
  {
    name: 'request-media-type-added',
    scope: 'requestBody',
    level: 'INFO',
    why: 'A new accepted media type leaves the old ones working.',
    detect: ({ old, new: now }) => {
      if (!old || !now) return [];
      const before = mediaTypes(old);
      return [...mediaTypes(now)]
        .filter(([type]) => !before.has(type))
        .map(([type, key]) => atNew(child(now.at, 'content', key), `request media type ${type} added`));
    },
  },
];
