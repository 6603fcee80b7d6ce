import { test, expect } from '@playwright/test';
import { createTransport } from '../../../engine/transport/transport.ts';
import type { Case } from '../../../engine/case/case.ts';
import { closedPort, startTestServer } from './testServer.ts';

const baseCase: Case = {
  operationId: 'mfaReAuthenticate',
  method: 'GET',
  path: '/identity/v2/auth/account/reauth/2fa',
  query: [
    ['apikey', 'k&y=1'],
    ['isvoiceotp', 'true'],
    ['apikey', 'second value'],
  ],
  headers: { Authorization: 'Bearer tok' },
  body: { kind: 'none' },
  label: { kind: 'positive' },
};

test('sends query in order with duplicates, headers as given, parses JSON, lower-cases headers', async () => {
  let seen: { url?: string; auth?: string | undefined } = {};
  const server = await startTestServer((req, res) => {
    seen = { url: req.url, auth: req.headers.authorization };
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('X-Twice', ['a', 'b']);
    res.end(JSON.stringify({ Ok: true }));
  });
  const transport = await createTransport({ baseURL: server.url });
  try {
    const exchange = await transport.send(baseCase);
    expect(seen.url).toBe('/identity/v2/auth/account/reauth/2fa?apikey=k%26y%3D1&isvoiceotp=true&apikey=second%20value');
    expect(seen.auth).toBe('Bearer tok');
    expect(exchange.outcome).toMatchObject({ kind: 'response', status: 200, json: { Ok: true } });
    if (exchange.outcome.kind !== 'response') throw new Error('expected a response');
    expect(exchange.outcome.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(exchange.outcome.headers['x-twice']).toBe('a, b');
    expect(exchange.rateLimitRetries).toBe(0);
    expect(exchange.elapsedMs).toBeGreaterThan(0);
  } finally {
    await transport.dispose();
    await server.close();
  }
});

test('json bodies are stringified with their media type; raw bodies go byte-for-byte', async () => {
  const bodies: Array<{ type: string | undefined; body: string }> = [];
  const server = await startTestServer((req, res, body) => {
    bodies.push({ type: req.headers['content-type'], body });
    res.end('not json');
  });
  const transport = await createTransport({ baseURL: server.url });
  try {
    const put = { ...baseCase, method: 'PUT' as const, query: [] };
    await transport.send({ ...put, body: { kind: 'json', value: { otp: '123456' }, mediaType: 'application/json' } });
    const raw = await transport.send({ ...put, body: { kind: 'raw', text: '{"otp": ', mediaType: 'application/json' } });
    await transport.send({ ...put, body: { kind: 'raw', text: 'a=b', mediaType: 'text/plain' } });
    expect(bodies).toEqual([
      { type: 'application/json', body: '{"otp":"123456"}' },
      { type: 'application/json', body: '{"otp": ' },
      { type: 'text/plain', body: 'a=b' },
    ]);
    expect(raw.outcome).toMatchObject({ kind: 'response', status: 200, bodyText: 'not json', json: undefined });
    if (raw.outcome.kind === 'response') expect(raw.outcome.jsonError).toBeTruthy();
  } finally {
    await transport.dispose();
    await server.close();
  }
});

test('connection refused becomes a transport-error outcome, not a throw', async () => {
  const port = await closedPort();
  const transport = await createTransport({ baseURL: `http://127.0.0.1:${port}` });
  try {
    const exchange = await transport.send({ ...baseCase, query: [['apikey', 'secret-key-value']] });
    expect(exchange.outcome).toMatchObject({ kind: 'transport-error', error: 'connection-refused' });
    if (exchange.outcome.kind === 'transport-error') expect(exchange.outcome.message).not.toContain('secret-key-value');
  } finally {
    await transport.dispose();
  }
});

test('a server that destroys the socket gives connection-reset', async () => {
  const server = await startTestServer((req) => req.socket.destroy());
  const transport = await createTransport({ baseURL: server.url });
  try {
    expect((await transport.send(baseCase)).outcome).toMatchObject({ kind: 'transport-error', error: 'connection-reset' });
  } finally {
    await transport.dispose();
    await server.close();
  }
});

test('a server that never answers gives timeout', async () => {
  const server = await startTestServer(() => undefined);
  const transport = await createTransport({ baseURL: server.url, timeoutMs: 150 });
  try {
    const exchange = await transport.send(baseCase);
    expect(exchange.outcome).toMatchObject({ kind: 'transport-error', error: 'timeout' });
  } finally {
    await transport.dispose();
    await server.close();
  }
});

test('a redirect loop gives redirect-loop when following; with maxRedirects 0 the 3xx is the response', async () => {
  const server = await startTestServer((_req, res) => {
    res.statusCode = 302;
    res.setHeader('Location', '/loop');
    res.end();
  });
  const following = await createTransport({ baseURL: server.url, maxRedirects: 3 });
  const notFollowing = await createTransport({ baseURL: server.url });
  try {
    expect((await following.send(baseCase)).outcome).toMatchObject({ kind: 'transport-error', error: 'redirect-loop' });
    expect((await notFollowing.send(baseCase)).outcome).toMatchObject({ kind: 'response', status: 302 });
  } finally {
    await following.dispose();
    await notFollowing.dispose();
    await server.close();
  }
});

test('a body over maxBodyBytes gives body-too-large', async () => {
  const server = await startTestServer((_req, res) => res.end('x'.repeat(5000)));
  const transport = await createTransport({ baseURL: server.url, maxBodyBytes: 1000 });
  try {
    expect((await transport.send(baseCase)).outcome).toMatchObject({ kind: 'transport-error', error: 'body-too-large' });
  } finally {
    await transport.dispose();
    await server.close();
  }
});

test('429 honours Retry-After (seconds and HTTP-date), retries, then succeeds and counts retries', async () => {
  let calls = 0;
  const server = await startTestServer((_req, res) => {
    calls += 1;
    if (calls <= 2) {
      res.statusCode = 429;
      res.setHeader('Retry-After', calls === 1 ? '2' : new Date(Date.now() + 60_000).toUTCString());
      res.end('{"ErrorCode":429}');
      return;
    }
    res.end('{}');
  });
  const waits: number[] = [];
  const transport = await createTransport({ baseURL: server.url, maxRetryAfterMs: 5000, sleep: async (ms) => void waits.push(ms) });
  try {
    const exchange = await transport.send(baseCase);
    expect(exchange.outcome).toMatchObject({ kind: 'response', status: 200 });
    expect(exchange.rateLimitRetries).toBe(2);
    expect(waits[0]).toBe(2000);
    expect(waits[1]).toBe(5000); // a 60 s HTTP-date is capped
  } finally {
    await transport.dispose();
    await server.close();
  }
});

test('retries are bounded: a server that always answers 429 returns the 429 after maxRateLimitRetries', async () => {
  let calls = 0;
  const server = await startTestServer((_req, res) => {
    calls += 1;
    res.statusCode = 429;
    res.setHeader('Retry-After', '0');
    res.end('{}');
  });
  const transport = await createTransport({ baseURL: server.url, maxRateLimitRetries: 2 });
  try {
    const exchange = await transport.send(baseCase);
    expect(exchange.outcome).toMatchObject({ kind: 'response', status: 429 });
    expect(exchange.rateLimitRetries).toBe(2);
    expect(calls).toBe(3);
  } finally {
    await transport.dispose();
    await server.close();
  }
});

test('bad options are rejected at creation, naming createTransport and the fix', async () => {
  await expect(createTransport({ baseURL: 'not a url' })).rejects.toThrow(/createTransport: baseURL .*pass e\.g\./);
  await expect(createTransport({ baseURL: 'ftp://x' })).rejects.toThrow(/createTransport: baseURL must use http/);
  await expect(createTransport({ baseURL: 'http://x', timeoutMs: -1 })).rejects.toThrow(/createTransport: option timeoutMs/);
  await expect(createTransport({ baseURL: 'http://x', maxRps: 0 })).rejects.toThrow(/createTransport: option maxRps/);
});

test('send after dispose is a harness bug and says how to fix it', async () => {
  const transport = await createTransport({ baseURL: 'http://127.0.0.1:9' });
  await transport.dispose();
  await expect(transport.send(baseCase)).rejects.toThrow(/createTransport: send\(\) after dispose/);
});

test('maxRps spaces concurrent sends through one shared limiter; plain (instrumented) calls work too', async () => {
  const server = await startTestServer((_req, res) => res.end('{}'));
  const transport = await createTransport({ baseURL: server.url, maxRps: 20, quietInstrumentation: false });
  try {
    const started = performance.now();
    const exchanges = await Promise.all(Array.from({ length: 6 }, () => transport.send(baseCase)));
    expect(performance.now() - started).toBeGreaterThanOrEqual(240);
    expect(exchanges.every((e) => e.outcome.kind === 'response' && e.outcome.status === 200)).toBe(true);
  } finally {
    await transport.dispose();
    await server.close();
  }
});

test('batch: concurrent sends in one API scope each get their own answer; failures stay outcomes; batch returns the body', async () => {
  const server = await startTestServer((req, res) => {
    const n = new URL(req.url ?? '/', 'http://x').searchParams.get('n') ?? '';
    if (n === 'reset') return req.socket.destroy();
    if (n === 'hang') return;
    // Answer out of order, so correlation cannot come from ordering alone.
    setTimeout(() => res.end(JSON.stringify({ n })), Number(n) % 3);
  });
  const transport = await createTransport({ baseURL: server.url, timeoutMs: 300 });
  try {
    const labels = [...Array.from({ length: 12 }, (_, i) => String(i)), 'reset', 'hang'];
    const exchanges = await transport.batch(() => Promise.all(labels.map((n) => transport.send({ ...baseCase, query: [['n', n]] }))));
    expect(exchanges.slice(0, 12).map((e) => (e.outcome.kind === 'response' ? e.outcome.json : e.outcome))).toEqual(
      labels.slice(0, 12).map((n) => ({ n })),
    );
    expect(exchanges[12]?.outcome).toMatchObject({ kind: 'transport-error', error: 'connection-reset' });
    expect(exchanges[13]?.outcome).toMatchObject({ kind: 'transport-error', error: 'timeout' });
    await expect(transport.batch(async () => 'value of the body')).resolves.toBe('value of the body');
  } finally {
    await transport.dispose();
    await server.close();
  }
});

test('an answer that waited for this process (its loop blocked) is timed without the wait: stalledMs', async () => {
  // The server (in this process too) answers 100 ms after the request, so the answer is still due
  // when the loop is blocked at 5 ms.
  const server = await startTestServer((_req, res) => {
    setTimeout(() => {
      res.setHeader('Content-Type', 'application/json');
      res.end('{}');
    }, 100);
  });
  const transport = await createTransport({ baseURL: server.url });
  try {
    const sending = transport.send(baseCase);
    // Block this process once the request is on its way: the answer sits in the socket meanwhile.
    await new Promise((r) => setTimeout(r, 5));
    const until = performance.now() + 500;
    while (performance.now() < until) {
      // blocking on purpose
    }
    const exchange = await sending;
    expect(exchange.outcome.kind).toBe('response');
    expect(exchange.elapsedMs).toBeGreaterThanOrEqual(500);
    expect(exchange.stalledMs ?? 0).toBeGreaterThanOrEqual(400);
    expect(exchange.elapsedMs - (exchange.stalledMs ?? 0)).toBeLessThan(250);
  } finally {
    await transport.dispose();
    await server.close();
  }
});

test('over many sends the transport renews its context: each answer right, retired contexts closed once drained, none left after dispose', async () => {
  const server = await startTestServer((req, res) => {
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ echo: req.url }));
  });
  const transport = await createTransport({ baseURL: server.url });
  try {
    const sends = 1_300; // past two renewals at 500 responses a context
    let next = 0;
    const wrong: string[] = [];
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let i = next++; i < sends; i = next++) {
          const exchange = await transport.send({ ...baseCase, query: [['n', String(i)]] });
          const echo = exchange.outcome.kind === 'response' ? (exchange.outcome.json as { echo?: string }).echo : exchange.outcome.error;
          if (echo !== `/identity/v2/auth/account/reauth/2fa?n=${i}`) wrong.push(`${i}: ${echo}`);
        }
      }),
    );
    expect(wrong).toEqual([]);
    // Each context opened its own keep-alive sockets; the retired ones are closed once drained.
    expect(server.connections().accepted).toBeGreaterThan(8);
    await expect.poll(() => server.connections().open, { timeout: 5_000 }).toBeLessThanOrEqual(8);
  } finally {
    await transport.dispose();
  }
  await expect.poll(() => server.connections().open, { timeout: 5_000 }).toBe(0);
  await server.close();
});
