/**
 * The request budget, against a throw-away local server that counts what reaches it: exactly the
 * budget arrives whatever the concurrency, the rest comes back as named `request-budget` outcomes,
 * a 429 retry is paid from the budget, and no check fails a case that was never sent.
 */
import { test, expect } from '@playwright/test';
import * as fc from 'fast-check';
import { no_transport_error } from '../../../engine/checks/no_transport_error.ts';
import { defaultChecks, runChecks } from '../../../engine/checks/index.ts';
import { notSentByBudget } from '../../../engine/transport/exchange.ts';
import { createTransport } from '../../../engine/transport/transport.ts';
import { aCase, checkContext } from '../checks/fixtures.ts';
import { startTestServer, type TestServer } from './testServer.ts';

const c = aCase({ path: '/', query: [], headers: {} });

let server: TestServer;
let hits = 0;
let tooMany = 0;

test.beforeAll(async () => {
  server = await startTestServer((_req, res) => {
    hits++;
    if (tooMany > 0) {
      tooMany--;
      res.writeHead(429, { 'retry-after': '0', 'content-type': 'application/json' });
      res.end('{}');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{}');
  });
});
test.afterAll(() => server.close());
test.beforeEach(() => {
  hits = 0;
  tooMany = 0;
});

test('law: of n sends with budget b, min(n, b) reach the server, in flight or one by one; the rest are request-budget outcomes', async () => {
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 10 }), fc.boolean(), async (budget, n, together) => {
      hits = 0;
      const transport = await createTransport({ baseURL: server.url, requestBudget: budget });
      try {
        const exchanges = together
          ? await Promise.all(Array.from({ length: n }, () => transport.send(c)))
          : await (async () => {
              const out = [];
              for (let i = 0; i < n; i++) out.push(await transport.send(c));
              return out;
            })();
        expect(hits).toBe(Math.min(n, budget));
        expect(exchanges.filter((e) => e.outcome.kind === 'response')).toHaveLength(Math.min(n, budget));
        const refused = exchanges.filter(notSentByBudget);
        expect(refused).toHaveLength(Math.max(0, n - budget));
        for (const e of refused)
          expect(e.outcome).toMatchObject({ error: 'request-budget', message: expect.stringContaining(`${budget}`) });
      } finally {
        await transport.dispose();
      }
    }),
    { numRuns: 12, seed: 7 },
  );
});

test('a 429 retry is a request: the budget pays for it, and an unpaid retry leaves the 429 as the answer', async () => {
  tooMany = 5;
  const transport = await createTransport({ baseURL: server.url, requestBudget: 2, sleep: async () => undefined });
  try {
    const first = await transport.send(c);
    expect(first.outcome).toMatchObject({ kind: 'response', status: 429 });
    expect(first.rateLimitRetries).toBe(1);
    expect(hits).toBe(2);
    expect(notSentByBudget(await transport.send(c))).toBe(true);
    expect(hits).toBe(2);
  } finally {
    await transport.dispose();
  }
});

test('without a budget nothing is refused', async () => {
  const transport = await createTransport({ baseURL: server.url });
  try {
    for (let i = 0; i < 5; i++) expect((await transport.send(c)).outcome.kind).toBe('response');
    expect(hits).toBe(5);
  } finally {
    await transport.dispose();
  }
});

test('a case the budget refused is no failure of any check (no_transport_error says why it skipped)', async () => {
  const transport = await createTransport({ baseURL: server.url, requestBudget: 1 });
  try {
    await transport.send(c);
    const refused = await transport.send(c);
    expect(no_transport_error(checkContext(), refused)).toEqual({ status: 'skipped', reason: expect.stringMatching(/request budget/) });
    for (const [name, r] of runChecks(checkContext(), refused, undefined, defaultChecks)) expect(r.status, name).toBe('skipped');
  } finally {
    await transport.dispose();
  }
});

test('a bad requestBudget is refused at once, naming the option and the fix', async () => {
  for (const bad of [0, -1, 1.5, Number.NaN])
    await expect(createTransport({ baseURL: server.url, requestBudget: bad })).rejects.toThrow(
      /option requestBudget must be an integer >= 1, got .*; omit it for no cap/,
    );
});
