import { test, expect } from '@playwright/test';
import { classifyTransportError, safeErrorMessage } from '../../../engine/transport/classifyTransportError.ts';

test('maps Node/Playwright error texts to kinds', () => {
  const kind = (message: string, code?: string) => classifyTransportError(Object.assign(new Error(message), code ? { code } : {})).kind;
  expect(kind('apiRequestContext.fetch: connect ECONNREFUSED 127.0.0.1:9')).toBe('connection-refused');
  expect(kind('apiRequestContext.fetch: socket hang up')).toBe('connection-reset');
  expect(kind('read', 'ECONNRESET')).toBe('connection-reset');
  // A body cut short (Content-Length larger than what arrived, then close): Playwright says only "aborted".
  expect(kind('apiRequestContext.fetch: aborted')).toBe('connection-reset');
  expect(kind('apiRequestContext.fetch: The operation was aborted due to timeout')).not.toBe('connection-reset');
  expect(kind('apiRequestContext.fetch: Timeout 150ms exceeded.')).toBe('timeout');
  expect(kind('getaddrinfo ENOTFOUND staging.invalid')).toBe('dns');
  expect(kind('self-signed certificate in certificate chain')).toBe('tls');
  expect(kind('Max redirect count exceeded')).toBe('redirect-loop');
  expect(kind('apiRequestContext._wrapApiCall: Invalid character in header content ["Authorization"]', 'ERR_INVALID_CHAR')).toBe('other');
  expect(kind('something else')).toBe('other');
  expect(classifyTransportError('plain string').kind).toBe('other');
});

test('messages drop the call log, query strings and bearer tokens', () => {
  const raw =
    'apiRequestContext.fetch: connect ECONNREFUSED http://h/x?apikey=SECRET&a=b\nCall log:\n  - → GET http://h/x?apikey=SECRET\n  - authorization: Bearer TOKEN';
  const message = safeErrorMessage(raw);
  expect(message).toBe('connect ECONNREFUSED http://h/x?…');
  expect(safeErrorMessage('failed with Bearer abc.def')).toBe('failed with Bearer …');
});
