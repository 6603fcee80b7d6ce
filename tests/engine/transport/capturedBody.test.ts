/**
 * The transport reads an unencoded body from the bytes the body guard saw arrive, and asks
 * Playwright only when that capture cannot be the body (encoded, unfinished, several responses, a
 * length other than the declared one). Either way the body is the one the server sent.
 */
import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import { get } from 'node:http';
import { gzipSync } from 'node:zlib';
import { capturedBody, withBodyBudget, type CapturedBody } from '../../../engine/transport/bodyBudgetGuard.ts';
import { createTransport } from '../../../engine/transport/transport.ts';
import { aCase } from '../checks/fixtures.ts';
import { startTestServer } from './testServer.ts';

interface Answer {
  readonly text: string;
  readonly framing: 'content-length' | 'chunked';
  readonly encoding: 'none' | 'identity' | 'gzip';
  readonly pieces: number;
}

const answers = new Map<string, Answer>();

function serve() {
  return startTestServer((req, res) => {
    const answer = answers.get(req.url ?? '');
    if (!answer) return void res.writeHead(404).end();
    const raw = Buffer.from(answer.text, 'utf8');
    const bytes = answer.encoding === 'gzip' ? gzipSync(raw) : raw;
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
    if (answer.encoding !== 'none') headers['content-encoding'] = answer.encoding;
    if (answer.framing === 'content-length') headers['content-length'] = String(bytes.byteLength);
    res.writeHead(200, headers);
    const size = Math.max(1, Math.ceil(bytes.byteLength / answer.pieces));
    for (let at = 0; at < bytes.byteLength; at += size) res.write(bytes.subarray(at, at + size));
    res.end();
  });
}

const aGet = (path: string) => aCase({ path, query: [], headers: {} });

test('law: whatever the framing, encoding and chunking, the exchange holds exactly the body the server sent', async () => {
  const server = await serve();
  const transport = await createTransport({ baseURL: server.url });
  let n = 0;
  try {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          text: fc.oneof(
            fc.string({ unit: 'grapheme', maxLength: 300 }),
            fc.nat({ max: 40_000 }).map((k) => `{"a":"${'x'.repeat(k)}"}`),
          ),
          framing: fc.constantFrom<Answer['framing']>('content-length', 'chunked'),
          encoding: fc.constantFrom<Answer['encoding']>('none', 'identity', 'gzip'),
          pieces: fc.integer({ min: 1, max: 5 }),
        }),
        async (answer) => {
          const path = `/a${n++}`;
          answers.set(path, answer);
          const exchange = await transport.send(aGet(path));
          expect(exchange.outcome.kind).toBe('response');
          if (exchange.outcome.kind === 'response') expect(exchange.outcome.bodyText).toBe(answer.text);
        },
      ),
      { numRuns: 150 },
    );
  } finally {
    await transport.dispose();
    await server.close();
  }
});

test('the capture of an unencoded response is its whole body; an encoded one is not captured', async () => {
  const server = await serve();
  answers.set('/plain', { text: '{"plain":true}', framing: 'chunked', encoding: 'none', pieces: 3 });
  answers.set('/gz', { text: '{"gz":true}', framing: 'content-length', encoding: 'gzip', pieces: 2 });
  const fetchRaw = (path: string) =>
    withBodyBudget(
      1_000_000,
      (captured) =>
        new Promise<CapturedBody>((resolve, reject) => {
          get(`${server.url}${path}`, (res) => {
            res.on('data', () => undefined);
            res.on('end', () => resolve(captured));
            res.on('error', reject);
          }).on('error', reject);
        }),
    );
  try {
    const plain = (await fetchRaw('/plain')).value!;
    expect(capturedBody(plain, [])?.toString('utf8')).toBe('{"plain":true}');
    const gz = (await fetchRaw('/gz')).value!;
    expect(gz.responses).toBe(1);
    expect(capturedBody(gz, [])).toBeUndefined();
  } finally {
    await server.close();
  }
});

test('capturedBody answers only for one finished response of the declared length', () => {
  const chunks = [Buffer.from('ab'), Buffer.from('c')];
  expect(capturedBody({ chunks, ended: true, responses: 1 }, [{ name: 'Content-Length', value: '3' }])?.toString()).toBe('abc');
  expect(capturedBody({ chunks, ended: true, responses: 1 }, [])?.toString()).toBe('abc');
  expect(capturedBody({ chunks: [], ended: true, responses: 1 }, [])?.byteLength).toBe(0);
  expect(capturedBody({ chunks, ended: false, responses: 1 }, [])).toBeUndefined();
  expect(capturedBody({ chunks, ended: true, responses: 2 }, [])).toBeUndefined();
  expect(capturedBody({ chunks, ended: true, responses: 1 }, [{ name: 'content-length', value: '4' }])).toBeUndefined();
});
