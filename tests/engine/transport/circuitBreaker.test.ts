/** The breaker and the run deadline refuse sends without touching the network. */
import { test, expect } from '@playwright/test';
import { aCase } from '../checks/fixtures.ts';
import { createCircuitBreaker } from '../../../engine/transport/circuitBreaker.ts';
import { createTransport } from '../../../engine/transport/transport.ts';
import { closedPort, startTestServer } from './testServer.ts';

const c = aCase({ path: '/', query: [], headers: {} });

test('opens after N consecutive failures of one operation; a response resets the count; 0 is off', () => {
  const b = createCircuitBreaker(2);
  b.record('a', true);
  b.record('a', false);
  b.record('a', true);
  expect(b.openReason('a')).toBeUndefined();
  b.record('a', true);
  expect(b.openReason('a')).toMatch(/circuit open after 2 consecutive transport failures on a/);
  expect(b.openReason('b')).toBeUndefined();
  const off = createCircuitBreaker(0);
  for (let i = 0; i < 10; i++) off.record('a', true);
  expect(off.openReason('a')).toBeUndefined();
});

test('the transport stops sending an operation whose circuit is open', async () => {
  const transport = await createTransport({ baseURL: `http://127.0.0.1:${await closedPort()}`, circuitBreakerThreshold: 2 });
  try {
    const outcomes = [];
    for (let i = 0; i < 4; i++) outcomes.push((await transport.send(c)).outcome);
    expect(outcomes.map((o) => (o as { error: string }).error)).toEqual([
      'connection-refused',
      'connection-refused',
      'circuit-open',
      'circuit-open',
    ]);
  } finally {
    await transport.dispose();
  }
});

test('after the deadline nothing reaches the server', async () => {
  let hits = 0;
  const server = await startTestServer((_req, res) => {
    hits++;
    res.end('{}');
  });
  let now = 1_000;
  const transport = await createTransport({ baseURL: server.url, deadlineAt: 2_000, now: () => now });
  try {
    expect((await transport.send(c)).outcome.kind).toBe('response');
    now = 2_000;
    expect((await transport.send(c)).outcome).toMatchObject({ kind: 'transport-error', error: 'run-deadline' });
    expect(hits).toBe(1);
  } finally {
    await transport.dispose();
    await server.close();
  }
});
