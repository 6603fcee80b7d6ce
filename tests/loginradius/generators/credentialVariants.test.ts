/**
 * Laws of apiKeyVariant and accessTokenVariant: each kind's value has the property its kind
 * names, and the validator agrees wherever the schema can see it (apikey/access_token are uuids).
 */
import { test, expect } from '@playwright/test';
import * as fc from 'fast-check';
import {
  accessTokenVariant,
  apiKeyVariant,
  API_KEY_KINDS,
  POSITIVE_TOKEN_KINDS,
  NEGATIVE_TOKEN_KINDS,
} from '../../../loginradius/index.ts';
import { credentials, validator } from '../../generators/generationFixture.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

test('api key kinds: each value is what its kind says', () => {
  const seen = new Set<string>();
  fc.assert(
    fc.property(apiKeyVariant(credentials), ({ kind, value }) => {
      seen.add(kind);
      const ok = value === undefined ? undefined : validator.validateParameter('mfaReAuthenticate', 'query', 'apikey', value).ok;
      const holds: Record<string, boolean> = {
        valid: value === credentials.apiKey && ok === true,
        missing: value === undefined,
        empty: value === '' && ok === false,
        whitespace: value !== undefined && value.length > 0 && value.trim() === '' && ok === false,
        unknown:
          value !== undefined &&
          UUID.test(value) &&
          value !== credentials.apiKey &&
          value !== credentials.unauthorisedApiKey &&
          ok === true,
        malformed: value !== undefined && value.trim() !== '' && !UUID.test(value) && ok === false,
        unauthorised: value === credentials.unauthorisedApiKey,
        oversized: value !== undefined && value.length >= 4096,
      };
      if (!holds[kind]) throw new Error(`api key kind ${kind} does not hold`);
    }),
    { numRuns: 400, seed: 1 },
  );
  expect([...seen].sort()).toEqual([...API_KEY_KINDS].sort());
});

test('access token kinds: positive kinds carry the valid token under a Bearer scheme; negative kinds never do', () => {
  const seen = new Set<string>();
  fc.assert(
    fc.property(accessTokenVariant(credentials), ({ kind, value }) => {
      seen.add(kind);
      const header = value.authorization === undefined ? undefined : /^(\S+) (.*)$/.exec(value.authorization);
      const bearer = header !== undefined && header !== null && header[1]!.toLowerCase() === 'bearer';
      const tokens = [header?.[2], value.query].filter((t) => t !== undefined);
      const positive = (POSITIVE_TOKEN_KINDS as readonly string[]).includes(kind);
      if (positive) {
        if (tokens.length === 0 || !tokens.every((t) => t === credentials.accessToken)) throw new Error(`${kind} lacks the valid token`);
        if (value.authorization !== undefined && !bearer) throw new Error(`${kind} is not Bearer`);
        if (kind === 'header-lowercase-scheme' && header![1] === 'Bearer') throw new Error('scheme is not oddly cased');
        if (kind === 'both' && (value.query === undefined || value.authorization === undefined)) throw new Error('both lacks one');
      } else {
        if (kind === 'missing' && (value.authorization !== undefined || value.query !== undefined))
          throw new Error('missing sends a token');
        if (kind === 'wrong-scheme' && (bearer || value.query !== undefined))
          throw new Error('wrong-scheme is Bearer or has a query token');
        if (kind !== 'wrong-scheme' && tokens.includes(credentials.accessToken)) throw new Error(`${kind} carries the valid token`);
        if (kind === 'expired' && !tokens.every((t) => t === credentials.expiredAccessToken)) throw new Error('expired');
        if (kind === 'revoked' && !tokens.every((t) => t === credentials.revokedAccessToken)) throw new Error('revoked');
        if (kind === 'malformed' && tokens.some((t) => UUID.test(t!))) throw new Error('malformed token is a GUID');
      }
    }),
    { numRuns: 500, seed: 2 },
  );
  expect([...seen].sort()).toEqual([...POSITIVE_TOKEN_KINDS, ...NEGATIVE_TOKEN_KINDS].sort());
});

test('kinds that need missing credentials are refused with the fix', () => {
  const bare = { apiKey: credentials.apiKey, accessToken: credentials.accessToken, totpSecret: credentials.totpSecret };
  expect(() => apiKeyVariant(bare, { kinds: ['unauthorised'] })).toThrow(/unauthorised needs credentials.unauthorisedApiKey/);
  expect(() => accessTokenVariant(bare, { kinds: ['expired'] })).toThrow(/expired\/revoked need those tokens/);
});
