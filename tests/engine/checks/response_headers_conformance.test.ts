import { test, expect } from '@playwright/test';
import { headerValueProblem, response_headers_conformance } from '../../../engine/checks/response_headers_conformance.ts';
import { aCase, checkContext, envelopeOf, respond } from './fixtures.ts';

const ctx = checkContext();

test('passes when a 429 carries an integer Retry-After', () => {
  expect(response_headers_conformance(ctx, respond(aCase(), 429, envelopeOf(429), { headers: { 'retry-after': '3' } })).status).toBe(
    'passed',
  );
});

test('fails when Retry-After is missing or not an integer; different keys for the two problems', () => {
  const missing = response_headers_conformance(ctx, respond(aCase(), 429, envelopeOf(429)));
  const missing2 = response_headers_conformance(ctx, respond(aCase({ query: [] }), 429, envelopeOf(429, 'x')));
  const malformed = response_headers_conformance(ctx, respond(aCase(), 429, envelopeOf(429), { headers: { 'retry-after': 'soon' } }));
  if (missing.status !== 'failed' || missing2.status !== 'failed' || malformed.status !== 'failed') throw new Error('expected failures');
  expect(missing.failures[0]?.title).toBe('Missing required header retry-after');
  expect(missing.failures[0]?.dedupKey).toBe(missing2.failures[0]?.dedupKey);
  expect(malformed.failures[0]?.message).toContain('not an integer');
  expect(malformed.failures[0]?.dedupKey).not.toBe(missing.failures[0]?.dedupKey);
});

test('skips statuses without documented headers and undocumented statuses', () => {
  expect(response_headers_conformance(ctx, respond(aCase(), 200, {})).status).toBe('skipped');
  expect(response_headers_conformance(ctx, respond(aCase(), 418, {})).status).toBe('skipped');
});

test('headerValueProblem understands integer, minimum, boolean, enum and pattern', () => {
  expect(headerValueProblem({ type: 'integer', minimum: 0 }, '-1')).toBe('below minimum 0');
  expect(headerValueProblem({ type: 'boolean' }, 'TRUE')).toBeUndefined();
  expect(headerValueProblem({ type: 'string', enum: ['a'] }, 'b')).toBe('not in enum');
  expect(headerValueProblem({ type: 'string', pattern: '^\\d+$' }, '12')).toBeUndefined();
});
