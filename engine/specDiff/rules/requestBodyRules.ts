/**
 * Rules on the request body: required-ness, removal and its media types.
 */
import { atNew, type ScopedRule } from '../DiffRule.ts';
import { mediaTypes } from './mediaTypes.ts';
import { membersOnlyIn } from './membersOnlyIn.ts';
import { partOnlyIn } from './partOnlyIn.ts';

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
    detect: membersOnlyIn('old', mediaTypes, (_, type) => `request media type ${type} removed`),
  },
  {
    name: 'request-body-removed',
    scope: 'requestBody',
    level: 'WARN',
    why: 'Clients still send a body that the server no longer documents reading.',
    detect: partOnlyIn('old', () => 'request body removed'),
  },
  {
    name: 'request-media-type-added',
    scope: 'requestBody',
    level: 'INFO',
    why: 'A new accepted media type leaves the old ones working.',
    detect: membersOnlyIn('new', mediaTypes, (_, type) => `request media type ${type} added`),
  },
];
