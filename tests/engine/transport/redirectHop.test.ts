/**
 * Credentials never leave the target's origin: a redirect to a second loopback address (127.0.0.2)
 * is not followed, even with redirect following on, and that server receives nothing at all; the
 * 302 is a named anomaly. A same-origin redirect is followed.
 */
import { test, expect } from '@playwright/test';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Case } from '../../../engine/case/case.ts';
import { createTransport } from '../../../engine/transport/transport.ts';
import { redirectHop } from '../../../engine/transport/redirectHop.ts';
import { no_transport_error } from '../../../engine/checks/no_transport_error.ts';
import { startTestServer } from './testServer.ts';

const withCredentials: Case = {
  operationId: 'mfaReAuthenticate',
  method: 'GET',
  path: '/identity/v2/auth/account/reauth/2fa',
  query: [
    ['apikey', 'api-key-0000'],
    ['access_token', 'token-1111'],
  ],
  headers: { Authorization: 'Bearer token-1111', 'X-LoginRadius-ApiKey': 'api-key-0000' },
  body: { kind: 'none' },
  label: { kind: 'positive' },
};

test('redirectHop follows only same-origin locations, rewriting 303 to GET', () => {
  expect(redirectHop(302, '/b?x=1', 'http://127.0.0.1:5/a', 'PUT')).toEqual({
    url: 'http://127.0.0.1:5/b?x=1',
    method: 'PUT',
    keepBody: true,
  });
  expect(redirectHop(303, '/b', 'http://127.0.0.1:5/a', 'PUT')).toEqual({ url: 'http://127.0.0.1:5/b', method: 'GET', keepBody: false });
  expect(redirectHop(302, 'http://127.0.0.2:5/a', 'http://127.0.0.1:5/a', 'GET')).toBeUndefined();
  expect(redirectHop(302, 'https://127.0.0.1:5/a', 'http://127.0.0.1:5/a', 'GET')).toBeUndefined();
  expect(redirectHop(200, '/b', 'http://127.0.0.1:5/a', 'GET')).toBeUndefined();
});

test('a cross-origin redirect delivers no request, header, apikey or cookie to the other origin', async () => {
  const received: Array<{ url: string | undefined; headers: IncomingHttpHeaders }> = [];
  const foreign = createServer((req, res) => {
    received.push({ url: req.url, headers: req.headers });
    res.end('{}');
  });
  await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.2', resolve));
  const foreignOrigin = `http://127.0.0.2:${(foreign.address() as AddressInfo).port}`;
  let targetHits = 0;
  const target = await startTestServer((req, res) => {
    targetHits += 1;
    if (req.url?.startsWith('/same')) return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"Ok":true}');
    // A session cookie first, so a cookie could travel; then redirects: same-origin, then away.
    const location = targetHits === 1 ? '/same' : `${foreignOrigin}/steal`;
    res.writeHead(302, { location, 'set-cookie': 'session=cookie-2222; Path=/' }).end();
  });
  const transport = await createTransport({ baseURL: target.url, maxRedirects: 5 });
  try {
    const same = await transport.send(withCredentials);
    expect(same.outcome, JSON.stringify(same.outcome)).toMatchObject({ kind: 'response', status: 200 });
    const away = await transport.send(withCredentials);
    expect(away.outcome).toMatchObject({ kind: 'response', status: 302 });
    const failures = no_transport_error({} as never, away);
    expect(JSON.stringify(failures)).toContain(`(cross-origin-redirect): a 302 redirects to another origin (${foreignOrigin})`);
    await new Promise((r) => setTimeout(r, 200)); // a request in flight would have arrived by now
    expect(received).toEqual([]);
  } finally {
    await transport.dispose();
    await target.close();
    await new Promise<void>((resolve) => foreign.close(() => resolve()));
  }
});
