import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import { buildRequest, encodeQuery, joinUrl } from '../../../engine/transport/buildRequest.ts';
import type { Case } from '../../../engine/case/case.ts';

const base: Case = {
  operationId: 'mfaUpdateSetting',
  method: 'PUT',
  path: '/p',
  query: [],
  headers: {},
  body: { kind: 'none' },
  label: { kind: 'positive' },
};

test('law: every encoded query decodes back to the same ordered pairs (duplicates and odd characters kept)', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }))), (pairs) => {
      const decoded = [...new URLSearchParams(encodeQuery(pairs))];
      expect(decoded).toEqual(pairs);
    }),
  );
});

test('json bodies get their media type unless a Content-Type header is given; raw keeps bytes', () => {
  const json = buildRequest('http://h', { ...base, body: { kind: 'json', value: { otp: 1 }, mediaType: 'application/json' } });
  expect(json.headers).toEqual({ 'Content-Type': 'application/json' });
  expect(json.body?.toString()).toBe('{"otp":1}');
  const overridden = buildRequest('http://h', {
    ...base,
    headers: { 'content-type': 'text/plain' },
    body: { kind: 'json', value: 1, mediaType: 'application/json' },
  });
  expect(overridden.headers).toEqual({ 'content-type': 'text/plain' });
  const raw = buildRequest('http://h', { ...base, body: { kind: 'raw', text: '{"a":', mediaType: undefined } });
  expect(raw.headers).toEqual({});
  expect(raw.body?.toString()).toBe('{"a":');
  expect(buildRequest('http://h', base).body).toBeUndefined();
});

test('joinUrl keeps a base path and avoids double slashes', () => {
  expect(joinUrl('https://h/staging/', '/identity/v2')).toBe('https://h/staging/identity/v2');
  expect(joinUrl('http://h', 'x')).toBe('http://h/x');
});
