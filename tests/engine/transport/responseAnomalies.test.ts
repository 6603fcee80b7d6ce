/**
 * Odd answers become named anomalies, and a polluting key travels through the transport, the
 * redactor and the baseline shapes as plain data: no harness object gains a prototype property.
 */
import { test, expect } from '@playwright/test';
import { aCase } from '../checks/fixtures.ts';
import { createTransport } from '../../../engine/transport/transport.ts';
import { findResponseAnomalies, type RawResponse } from '../../../engine/transport/responseAnomalies.ts';
import { createRedactor } from '../../../engine/redaction/createRedactor.ts';
import { shapeOf } from '../../../engine/baseline/shapeOf.ts';
import { no_transport_error } from '../../../engine/checks/no_transport_error.ts';
import { startTestServer } from './testServer.ts';

const limits = { maxHeaderLines: 100, maxSetCookies: 20 };
const ok: RawResponse = { status: 200, requestUrl: 'http://127.0.0.1:1/a', headerLines: [], body: Buffer.from('{}'), json: {} };
const kinds = (r: Partial<RawResponse>) => findResponseAnomalies({ ...ok, ...r }, limits).map((a) => a.kind);

test('each odd answer is one named anomaly; a plain answer has none', () => {
  expect(kinds({})).toEqual([]);
  expect(kinds({ status: 799 })).toEqual(['invalid-status']);
  expect(kinds({ status: 302, headerLines: [{ name: 'Location', value: 'http://127.0.0.2:1/a' }] })).toEqual(['cross-origin-redirect']);
  expect(kinds({ status: 302, headerLines: [{ name: 'Location', value: '/b' }] })).toEqual([]);
  expect(kinds({ headerLines: Array.from({ length: 101 }, (_, i) => ({ name: `x-${i}`, value: '1' })) })).toEqual(['header-flood']);
  expect(kinds({ headerLines: Array.from({ length: 21 }, () => ({ name: 'Set-Cookie', value: 'a=1' })) })).toEqual(['cookie-flood']);
  expect(kinds({ body: Buffer.from([0x7b, 0xff, 0x7d]) })).toEqual(['invalid-utf8']);
  expect(kinds({ body: Buffer.from('{"a":"\u0000"}') })).toEqual(['nul-byte']);
  expect(kinds({ json: JSON.parse('{"a":[{"__proto__":1}]}') })).toEqual(['prototype-key']);
  expect(kinds({ json: JSON.parse('{"a":[1e400]}') })).toEqual(['number-out-of-range']);
});

test('a polluting response pollutes nothing: transport, check, redactor and baseline keep __proto__ as data', async () => {
  const server = await startTestServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"Token":{"__proto__":{"polluted":"yes"}}}');
  });
  const transport = await createTransport({ baseURL: server.url });
  try {
    const c = aCase({ path: '/', query: [], headers: {} });
    const exchange = await transport.send(c);
    const outcome = exchange.outcome as { kind: string; json: Record<string, unknown>; headers: Record<string, string> };
    expect(outcome.kind).toBe('response');
    expect(JSON.stringify(no_transport_error({} as never, exchange))).toContain('(prototype-key)');
    const redacted = createRedactor({ secrets: [] }).value(outcome.json);
    expect(Object.getPrototypeOf(redacted)).toBe(Object.prototype);
    expect(Object.keys(redacted)).toEqual(['__proto__', 'constructor', 'Token']);
    expect(JSON.stringify(redacted)).toContain('"__proto__":{"polluted":"yes"}');
    expect(Object.keys(shapeOf(outcome.json))).toContain('/__proto__/polluted');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(outcome.headers)).toBeNull(); // header names such as "constructor" stay data too
  } finally {
    await transport.dispose();
    await server.close();
  }
});
