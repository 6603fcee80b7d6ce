import { test, expect } from '@playwright/test';
import { content_type_conformance } from '../../../engine/checks/content_type_conformance.ts';
import { aCase, checkContext, respond } from './fixtures.ts';

const ctx = checkContext();

test('passes for the documented media type with parameters', () => {
  expect(content_type_conformance(ctx, respond(aCase(), 200, {})).status).toBe('passed');
});

test('fails for another media type or a missing header; keyed by status + essence', () => {
  const html = { headers: { 'content-type': 'text/html; charset=utf-8' }, raw: '<h1>Error</h1>' };
  const a = content_type_conformance(ctx, respond(aCase(), 400, undefined, html));
  const b = content_type_conformance(ctx, respond(aCase({ query: [] }), 400, undefined, { ...html, raw: '<p>other</p>' }));
  const c = content_type_conformance(ctx, respond(aCase(), 400, undefined, { headers: { 'content-type': '' }, raw: 'x' }));
  if (a.status !== 'failed' || b.status !== 'failed' || c.status !== 'failed') throw new Error('expected failures');
  expect(a.failures[0]?.message).toContain('Received: text/html for status 400');
  expect(a.failures[0]?.message).toContain('Documented: application/json');
  expect(a.failures[0]?.dedupKey).toBe(b.failures[0]?.dedupKey);
  expect(c.failures[0]?.title).toBe('Missing Content-Type');
  expect(c.failures[0]?.dedupKey).not.toBe(a.failures[0]?.dedupKey);
});

test('skips empty bodies and undocumented statuses', () => {
  expect(content_type_conformance(ctx, respond(aCase(), 200, undefined)).status).toBe('skipped');
  expect(content_type_conformance(ctx, respond(aCase(), 418, {})).status).toBe('skipped');
});
