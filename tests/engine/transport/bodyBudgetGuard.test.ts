/**
 * The transport stops reading at maxBodyBytes, on the wire and after decoding, so neither a 200 MB
 * body nor a 1 GiB gzip bomb is held in memory; a small body with Set-Cookie still arrives whole.
 */
import { test, expect } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import type { Case } from '../../../engine/case/case.ts';
import { createTransport } from '../../../engine/transport/transport.ts';
import { startTestServer } from './testServer.ts';

const c: Case = {
  operationId: 'mfaReAuthenticate',
  method: 'GET',
  path: '/x',
  query: [],
  headers: {},
  body: { kind: 'none' },
  label: { kind: 'positive' },
};
const MiB = 1024 * 1024;
const member = gzipSync(Buffer.alloc(MiB, 0x20));

test('a 200 MB stream and a 1 GiB gzip bomb are cut at the cap; memory stays far below them', async () => {
  const server = await startTestServer((req, res) => {
    if (req.url === '/bomb') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      return void res.end(Buffer.concat(Array.from({ length: 1024 }, () => member)));
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    const chunk = Buffer.alloc(MiB, 0x20);
    let sent = 0;
    const pump = (): void => {
      while (!res.destroyed && sent < 200) {
        sent++;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      if (!res.destroyed) res.end();
    };
    res.on('close', () => {
      sent = 200;
    });
    pump();
  });
  const transport = await createTransport({ baseURL: server.url, maxBodyBytes: 4 * MiB });
  const before = process.memoryUsage().rss;
  try {
    const stream = await transport.send(c);
    expect(stream.outcome).toMatchObject({ kind: 'transport-error', error: 'body-too-large' });
    expect((stream.outcome as { message: string }).message).toMatch(/more than 4194304 bytes on the wire/);
    const bomb = await transport.send({ ...c, path: '/bomb' });
    expect((bomb.outcome as { message: string }).message).toMatch(/more than 4194304 bytes after gzip decoding/);
    expect(process.memoryUsage().rss - before).toBeLessThan(150 * MiB);
  } finally {
    await transport.dispose();
    await server.close();
  }
});

test('a body under the cap with Set-Cookie and an empty redirect body arrive whole', async () => {
  const server = await startTestServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': 'a=1; Path=/', 'content-encoding': 'gzip' });
    res.end(gzipSync('{"Ok":true}'));
  });
  const transport = await createTransport({ baseURL: server.url, maxBodyBytes: 1024, timeoutMs: 3000 });
  try {
    expect((await transport.send(c)).outcome).toMatchObject({ kind: 'response', status: 200, json: { Ok: true } });
  } finally {
    await transport.dispose();
    await server.close();
  }
});
