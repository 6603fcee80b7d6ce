/**
 * How fast can the transport go? `npx tsx bench/transport-ceiling.ts [--seconds 2] [--inflight 8,32]`
 *
 * Server (own child process, so client and server do not share an event loop): the embedded mock's
 * GET /identity/v2/auth/account/reauth/2fa with a valid key+token when mock/startMock.ts exists,
 * else a node:http server returning a ~2 KB JSON profile. Clients, all keep-alive, closed loop with
 * N requests in flight, every body read and JSON-parsed:
 *   undici          undici Pool (N connections) — the ceiling
 *   pw-bare         one Playwright APIRequestContext, ctx.get + body + dispose
 *   pw-transport    createTransport().send inside transport.batch, as the engine sends (our Case encoding
 *                   and a checks-ready Exchange)
 * `--json` prints one more line, `CEILING_JSON {...}` with every cell (bench/run.ts parses it).
 * Keep runs short on shared machines.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { request as pwRequest } from '@playwright/test';
import { Pool } from 'undici';
import { createTransport } from '../engine/transport/transport.ts';
import type { Case } from '../engine/case/case.ts';

interface Target {
  url: string;
  path: string;
  query: Array<[string, string]>;
  headers: Record<string, string>;
  source: string;
}

const argValue = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : (process.argv[i + 1] ?? fallback);
};

/** Child process: start the server and print the target as one JSON line. */
async function serve(): Promise<void> {
  const mockModule = await import('../mock/startMock.ts').catch(() => undefined);
  let target: Target;
  let close: () => Promise<void>;
  if (mockModule) {
    const mock = await mockModule.startMock({});
    const tenant = mock.fixture.tenants[0];
    const user = mock.fixture.users.find((u) => u.tenant === tenant?.name && u.role === 'positive');
    if (!tenant || !user) throw new Error('transport-ceiling: mock fixture has no tenant/positive user');
    target = {
      url: mock.url,
      path: '/identity/v2/auth/account/reauth/2fa',
      query: [['apikey', tenant.apiKey]],
      headers: { Authorization: `Bearer ${user.accessTokens.valid}` },
      source: 'embedded mock GET reauth/2fa',
    };
    close = () => mock.close();
  } else {
    const body = JSON.stringify(Object.fromEntries(Array.from({ length: 90 }, (_, i) => [`Field${i}`, `value-${i}-abcdefghij`])));
    const server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    target = { url: `http://127.0.0.1:${port}`, path: '/profile', query: [], headers: {}, source: `node:http ${body.length} B JSON` };
    close = () => new Promise((resolve) => server.close(() => resolve()));
  }
  process.stdout.write(`${JSON.stringify(target)}\n`);
  process.on('SIGTERM', () => void close().then(() => process.exit(0)));
}

type Send = () => Promise<number>;

async function measure(send: Send, seconds: number, inflight: number) {
  const warmUntil = performance.now() + 300;
  await Promise.all(
    Array.from({ length: inflight }, async () => {
      while (performance.now() < warmUntil) await send();
    }),
  );
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const start = performance.now();
  const end = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: inflight }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        const status = await send();
        latencies.push(performance.now() - t);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => (latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0).toFixed(2);
  return {
    reqPerSec: Math.round(latencies.length / elapsed),
    p50: pct(0.5),
    p99: pct(0.99),
    statuses: [...statuses].map(([s, n]) => `${s}×${n}`).join(' '),
  };
}

async function main(): Promise<void> {
  const seconds = Number(argValue('seconds', '2'));
  const inflights = argValue('inflight', '8,32').split(',').map(Number);
  if (!(seconds > 0) || inflights.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error('transport-ceiling: --seconds must be > 0 and --inflight a comma list of integers >= 1');
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--serve'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const target = await new Promise<Target>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`transport-ceiling: server child exited early (${code})`)));
      child.stdout.once('data', (chunk: Buffer) => resolve(JSON.parse(chunk.toString('utf8').split('\n')[0] ?? '{}') as Target));
    });
    const search = new URLSearchParams(target.query).toString();
    const pathWithQuery = search ? `${target.path}?${search}` : target.path;
    const theCase: Case = {
      operationId: 'mfaReAuthenticate',
      method: 'GET',
      path: target.path,
      query: target.query,
      headers: target.headers,
      body: { kind: 'none' },
      label: { kind: 'positive' },
    };
    console.log(`server: ${target.source} (child process); ${seconds}s per cell after 0.3s warm-up`);
    const rows: string[][] = [];
    const cells: Array<{ client: string; inflight: number; reqPerSec: number; p50: string; p99: string; statuses: string }> = [];
    for (const inflight of inflights) {
      const pool = new Pool(target.url, { connections: inflight, pipelining: 1 });
      const undici = await measure(
        async () => {
          const res = await pool.request({ method: 'GET', path: pathWithQuery, headers: target.headers });
          JSON.parse(await res.body.text());
          return res.statusCode;
        },
        seconds,
        inflight,
      );
      await pool.close();
      const ctx = await pwRequest.newContext({ baseURL: target.url });
      const bare = await measure(
        async () => {
          const res = await ctx.get(pathWithQuery, { headers: target.headers, failOnStatusCode: false });
          JSON.parse((await res.body()).toString('utf8'));
          await res.dispose();
          return res.status();
        },
        seconds,
        inflight,
      );
      await ctx.dispose();
      const transport = await createTransport({ baseURL: target.url });
      // As the engine sends: every send of the measurement inside one transport.batch.
      const ours = await transport.batch(() =>
        measure(
          async () => {
            const ex = await transport.send(theCase);
            return ex.outcome.kind === 'response' ? ex.outcome.status : 0;
          },
          seconds,
          inflight,
        ),
      );
      await transport.dispose();
      for (const [name, r] of [
        ['undici', undici],
        ['pw-bare', bare],
        ['pw-transport', ours],
      ] as const) {
        rows.push([name, String(inflight), String(r.reqPerSec), (r.reqPerSec / undici.reqPerSec).toFixed(2), r.p50, r.p99, r.statuses]);
        cells.push({ client: name, inflight, ...r });
      }
    }
    const header = ['client', 'in flight', 'req/s', '× undici', 'p50 ms', 'p99 ms', 'statuses'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
    console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
    if (process.argv.includes('--json')) console.log(`CEILING_JSON ${JSON.stringify({ source: target.source, seconds, cells })}`);
  } finally {
    child.kill('SIGTERM');
  }
}

if (process.argv.includes('--serve')) await serve();
else await main();
