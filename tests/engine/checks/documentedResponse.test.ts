import { test, expect } from '@playwright/test';
import { documentedResponse, matchMediaType, mediaTypeEssence } from '../../../engine/checks/documentedResponse.ts';
import { fakeContract } from './fixtures.ts';

test('exact status wins over range, range over default', () => {
  const op = fakeContract().operation('mfaReAuthenticate');
  const withRanges = {
    ...op,
    responses: {
      ...op.responses,
      '4XX': { ...op.responses['400']!, status: '4XX' },
      default: { ...op.responses['400']!, status: 'default' },
    },
  };
  expect(documentedResponse(withRanges, 403)?.status).toBe('403');
  expect(documentedResponse(withRanges, 404)?.status).toBe('4XX');
  expect(documentedResponse(withRanges, 503)?.status).toBe('default');
  expect(documentedResponse(op, 503)).toBeUndefined();
});

test('media types compare by essence, with wildcards', () => {
  expect(mediaTypeEssence('Application/JSON; charset=utf-8')).toBe('application/json');
  expect(mediaTypeEssence('')).toBeUndefined();
  expect(matchMediaType(['application/json'], 'application/json')).toBe('application/json');
  expect(matchMediaType(['application/*'], 'application/problem+json')).toBe('application/*');
  expect(matchMediaType(['application/json'], 'text/plain')).toBeUndefined();
});
