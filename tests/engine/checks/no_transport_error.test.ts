import { test, expect } from '@playwright/test';
import { no_transport_error } from '../../../engine/checks/no_transport_error.ts';
import { aCase, checkContext, respond, transportError } from './fixtures.ts';

const ctx = checkContext();

test('passes with any HTTP response, even a 500', () => {
  expect(no_transport_error(ctx, respond(aCase(), 500, {}))).toEqual({ status: 'passed' });
});

test('fails on a transport error, keyed by the error kind', () => {
  const a = no_transport_error(ctx, transportError(aCase(), 'timeout'));
  const b = no_transport_error(ctx, transportError(aCase({ query: [['apikey', 'other']] }), 'timeout'));
  const c = no_transport_error(ctx, transportError(aCase(), 'connection-reset'));
  expect(a.status).toBe('failed');
  if (a.status !== 'failed' || b.status !== 'failed' || c.status !== 'failed') throw new Error('expected failures');
  expect(a.failures[0]?.title).toContain('timeout');
  expect(a.failures[0]?.dedupKey).toBe(b.failures[0]?.dedupKey);
  expect(a.failures[0]?.dedupKey).not.toBe(c.failures[0]?.dedupKey);
});
