import { test, expect } from '@playwright/test';
import { normalisePointer, response_schema_conformance } from '../../../engine/checks/response_schema_conformance.ts';
import { aCase, checkContext, respond } from './fixtures.ts';

const ctx = checkContext();

test('passes a body that matches the documented schema', () => {
  expect(
    response_schema_conformance(ctx, respond(aCase(), 200, { IsGoogleAuthenticatorVerified: true, Items: [{ Name: 'a' }] })).status,
  ).toBe('passed');
});

test('fails with ajv pointers; same pointer+keyword at another array index is the same bug', () => {
  const a = response_schema_conformance(ctx, respond(aCase(), 200, { IsGoogleAuthenticatorVerified: true, Items: [{ Name: 1 }] }));
  const b = response_schema_conformance(
    ctx,
    respond(aCase(), 200, { IsGoogleAuthenticatorVerified: false, Items: [{ Name: 'ok' }, { Name: 7 }] }),
  );
  const c = response_schema_conformance(ctx, respond(aCase(), 200, { IsGoogleAuthenticatorVerified: 'yes' }));
  if (a.status !== 'failed' || b.status !== 'failed' || c.status !== 'failed') throw new Error('expected failures');
  expect(a.failures[0]?.pointers).toEqual(['/Items/0/Name']);
  expect(b.failures[0]?.pointers).toEqual(['/Items/1/Name']);
  expect(a.failures[0]?.dedupKey).toBe(b.failures[0]?.dedupKey);
  expect(c.failures[0]?.dedupKey).not.toBe(a.failures[0]?.dedupKey);
  expect(c.failures[0]?.title).toBe('Response violates schema (type)');
});

test('fails when a documented JSON body does not parse', () => {
  const r = response_schema_conformance(ctx, respond(aCase(), 200, undefined, { raw: '{"IsGoogle' }));
  if (r.status !== 'failed') throw new Error('expected failure');
  expect(r.failures[0]?.title).toBe('Response body is not valid JSON');
});

test('skips undocumented statuses and media types (other checks report those)', () => {
  expect(response_schema_conformance(ctx, respond(aCase(), 418, {})).status).toBe('skipped');
  expect(
    response_schema_conformance(ctx, respond(aCase(), 200, undefined, { headers: { 'content-type': 'text/html' }, raw: '<p>' })).status,
  ).toBe('skipped');
});

test('normalisePointer replaces array indices only', () => {
  expect(normalisePointer('/Errors/12/FieldName')).toBe('/Errors/*/FieldName');
  expect(normalisePointer('/Data/Field1')).toBe('/Data/Field1');
});
