/**
 * Faults of a hostile host (a compromised proxy, a misrouted URL): bodies built to exhaust memory,
 * stack or time, and answers that break HTTP or JSON in odd ways. Same shape as faults.ts; the
 * harness must name each one as a failure on the operation and keep going
 * (tests/cli/hostileFaults.test.ts). Big bodies are built once, on first use.
 */
import { gzipSync } from 'node:zlib';
import { JSON_CONTENT_TYPE } from '../http/mockTypes.ts';
import type { ServerResponse } from 'node:http';
import type { FaultContext, FaultMode } from './faults.ts';

const DEEP_LEVELS = 100_000;
const WIDE_KEYS = 200_000;
const BOMB_BYTES = 1024 ** 3;
const STREAM_CAP_BYTES = 1024 ** 3;
const FLOOD_HEADERS = 3_000;
const FLOOD_COOKIES = 200;
/** Where the cross-origin redirect points: a second loopback address, nothing listens on port 9. */
const FOREIGN_ORIGIN = 'http://127.0.0.2:9';

const once = <T>(build: () => T): (() => T) => {
  let v: T | undefined;
  return () => (v ??= build());
};
const deep = once(() => Buffer.from(`${'['.repeat(DEEP_LEVELS)}${']'.repeat(DEEP_LEVELS)}`));
const wide = once(() => Buffer.from(`{${Array.from({ length: WIDE_KEYS }, (_, i) => `"k${i}":${i}`).join(',')}}`));

/**
 * 1 GiB of spaces as ~1 MB of gzip: one compressed MiB repeated as 1024 gzip members, which a
 * gunzip stream inflates one after another (building it takes milliseconds, not a 1 GiB deflate).
 */
const gzipBomb = once(() => {
  const member = gzipSync(Buffer.alloc(1024 * 1024, 0x20), { level: 9 });
  return Buffer.concat(Array.from({ length: BOMB_BYTES / (1024 * 1024) }, () => member));
});

function serialise(ctx: FaultContext): string {
  const r = ctx.answer();
  return r.json ?? JSON.stringify(r.body);
}

/** The normal JSON answer with `extra` members spliced in before its closing brace. */
function withMembers(ctx: FaultContext, extra: string): Buffer {
  const text = serialise(ctx);
  return Buffer.from(text.endsWith('}') ? `${text.slice(0, -1)}${text.length > 2 ? ',' : ''}${extra}}` : text, 'utf8');
}

function send(res: ServerResponse, body: Buffer, headers: Record<string, string | number | string[]> = {}): void {
  res.writeHead(200, { 'content-type': JSON_CONTENT_TYPE, 'content-length': body.length, ...headers });
  res.end(body);
}

/** Writes bytes straight to the socket: a status line Node's own server would refuse to send. */
function raw(res: ServerResponse, text: string): void {
  res.socket?.end(text);
}

export const HOSTILE_FAULT_MODES = [
  {
    id: 'deep-json',
    description: `A 200 whose JSON is ${DEEP_LEVELS} nested arrays.`,
    logStatus: 200,
    apply: ({ res }) => send(res, deep()),
  },
  {
    id: 'wide-json',
    description: `A 200 whose JSON object has ${WIDE_KEYS} keys (~3 MB).`,
    logStatus: 200,
    apply: ({ res }) => send(res, wide()),
  },
  {
    id: 'gzip-bomb',
    description: 'A 200 gzip body of ~1 MB that inflates to 1 GiB.',
    logStatus: 200,
    apply: ({ res }) => send(res, gzipBomb(), { 'content-encoding': 'gzip' }),
  },
  {
    id: 'endless-body',
    description: 'A 200 chunked body that streams 1 MiB chunks until the client hangs up (at most 1 GiB).',
    logStatus: 200,
    apply: ({ res }) => {
      res.writeHead(200, { 'content-type': JSON_CONTENT_TYPE });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const pump = (): void => {
        while (!res.destroyed && sent < STREAM_CAP_BYTES) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        if (!res.destroyed) res.end();
      };
      res.on('close', () => {
        sent = STREAM_CAP_BYTES;
      });
      pump();
    },
  },
  {
    id: 'invalid-status',
    description: 'A status line with status 1000.',
    logStatus: 1000,
    apply: ({ res }) => raw(res, 'HTTP/1.1 1000 Nope\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}'),
  },
  {
    id: 'out-of-range-status',
    description: 'A well-formed status line with status 799.',
    logStatus: 799,
    apply: ({ res }) => raw(res, 'HTTP/1.1 799 Odd\r\ncontent-type: application/json\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}'),
  },
  {
    id: 'malformed-status-line',
    description: 'An answer that is not HTTP at all.',
    logStatus: 0,
    apply: ({ res }) => raw(res, 'HELLO THERE\r\n\r\n'),
  },
  {
    id: 'header-flood',
    description: `The normal answer with ${FLOOD_HEADERS} extra headers (over Node's 16 KiB header limit).`,
    logStatus: 200,
    apply: (ctx) =>
      send(
        ctx.res,
        Buffer.from(serialise(ctx)),
        Object.fromEntries(Array.from({ length: FLOOD_HEADERS }, (_, i) => [`x-flood-${i}`, String(i)])),
      ),
  },
  {
    id: 'cookie-flood',
    description: `The normal answer with ${FLOOD_COOKIES} Set-Cookie headers.`,
    logStatus: 200,
    apply: (ctx) =>
      send(ctx.res, Buffer.from(serialise(ctx)), { 'set-cookie': Array.from({ length: FLOOD_COOKIES }, (_, i) => `c${i}=${i}; Path=/`) }),
  },
  {
    id: 'xml-entities',
    description: 'A 200 application/xml body with nested entity definitions (billion laughs).',
    logStatus: 200,
    apply: ({ write }) =>
      write({
        status: 200,
        contentType: 'application/xml',
        body: `<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join('')}]><l>&j;</l>`,
      }),
  },
  {
    id: 'invalid-utf8',
    description: 'The normal JSON answer with a string holding bytes that are not UTF-8.',
    logStatus: 200,
    apply: (ctx) => send(ctx.res, Buffer.concat([withMembers(ctx, '"Odd":"').subarray(0, -1), Buffer.from([0xff, 0xfe, 0x22, 0x7d])])),
  },
  {
    id: 'nul-bytes',
    description: 'The normal JSON answer with a raw NUL byte inside a string.',
    logStatus: 200,
    apply: (ctx) => send(ctx.res, withMembers(ctx, '"Odd":"a\u0000b"')),
  },
  {
    id: 'prototype-keys',
    description: 'The normal JSON answer plus "__proto__" and "constructor" members that would pollute a prototype.',
    logStatus: 200,
    apply: (ctx) => send(ctx.res, withMembers(ctx, '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}')),
  },
  {
    id: 'huge-number',
    description: 'The normal JSON answer plus a number beyond the double range (1e400).',
    logStatus: 200,
    apply: (ctx) => send(ctx.res, withMembers(ctx, '"Huge":1e400')),
  },
  {
    id: 'cross-origin-redirect',
    description: `A 302 to the same path and query on another origin (${FOREIGN_ORIGIN}).`,
    logStatus: 302,
    apply: ({ req, write }) =>
      write({ status: 302, body: '', contentType: 'text/plain', headers: { location: `${FOREIGN_ORIGIN}${req.url ?? '/'}` } }),
  },
] as const satisfies readonly FaultMode[];

export type HostileFaultId = (typeof HOSTILE_FAULT_MODES)[number]['id'];
export const HOSTILE_FAULT_IDS: readonly HostileFaultId[] = HOSTILE_FAULT_MODES.map((f) => f.id);
