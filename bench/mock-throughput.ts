/**
 * Throughput of the embedded mock: `npx tsx bench/mock-throughput.ts [--seconds 3] [--inflight 32]`.
 * The mock runs in a child process (so client and server do not share one event loop); the client is
 * undici with 32 keep-alive connections, each with one request in flight. Prints a small table.
 * Keep runs short on shared machines.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Pool } from 'undici';
import { startMock } from '../mock/startMock.ts';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  const value = i === -1 ? fallback : Number(process.argv[i + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`mock-throughput: --${name} must be a positive number`);
  return value;
};

async function serve(): Promise<void> {
  // A huge threshold keeps the wrong-OTP PUT on the full verification path instead of the lockout shortcut.
  const mock = await startMock({ lockoutThreshold: 1_000_000_000 });
  const tenant = mock.fixture.tenants[0]!;
  const user = mock.fixture.users.find((u) => u.tenant === tenant.name && u.role === 'negative')!;
  process.stdout.write(`${JSON.stringify({ url: mock.url, apiKey: tenant.apiKey, token: user.accessTokens.valid })}\n`);
  process.on('SIGTERM', () => void mock.close().then(() => process.exit(0)));
}

interface Scenario {
  name: string;
  method: 'GET' | 'PUT';
  path: string;
  body?: string;
  expect: number;
}

async function drive(pool: Pool, s: Scenario, token: string, seconds: number, inflight: number) {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const send = async () => {
    const started = performance.now();
    const res = await pool.request({
      method: s.method,
      path: s.path,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(s.body ? { body: s.body } : {}),
    });
    await res.body.dump();
    statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
    return performance.now() - started;
  };
  const warmUntil = performance.now() + 1000;
  await Promise.all(
    Array.from({ length: inflight }, async () => {
      while (performance.now() < warmUntil) await send();
    }),
  );
  statuses.clear();
  const start = performance.now();
  const end = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: inflight }, async () => {
      while (performance.now() < end) latencies.push(await send());
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => (latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0).toFixed(2);
  const unexpected = [...statuses]
    .filter(([status]) => status !== s.expect)
    .map(([st, n]) => `${st}×${n}`)
    .join(' ');
  return {
    name: s.name,
    reqPerSec: Math.round(latencies.length / elapsed),
    p50: pct(0.5),
    p99: pct(0.99),
    requests: latencies.length,
    unexpected: unexpected || '-',
  };
}

async function main(): Promise<void> {
  const seconds = arg('seconds', 3);
  const inflight = arg('inflight', 32);
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--serve'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const info = await new Promise<{ url: string; apiKey: string; token: string }>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`mock-throughput: mock child exited early (${code})`)));
    child.stdout.once('data', (chunk: Buffer) => resolve(JSON.parse(chunk.toString('utf8').split('\n')[0]!)));
  });
  const pool = new Pool(info.url, { connections: inflight, pipelining: 1 });
  const scenarios: Scenario[] = [
    { name: 'GET mfaReAuthenticate (200)', method: 'GET', path: `/identity/v2/auth/account/reauth/2fa?apikey=${info.apiKey}`, expect: 200 },
    {
      name: 'PUT mfaReAuthenticateByOTP wrong OTP (403)',
      method: 'PUT',
      path: `/identity/v2/auth/account/reauth/2fa/otp?apikey=${info.apiKey}`,
      body: '{"otp":"000000"}',
      expect: 403,
    },
  ];
  const rows = [];
  for (const s of scenarios) rows.push(await drive(pool, s, info.token, seconds, inflight));
  // The 200 profile path of a PUT needs a fresh OTP per call; the wrong-otp-accepted drift gives that.
  const drift = await pool.request({
    method: 'PUT',
    path: '/__mock/drift',
    headers: { 'content-type': 'application/json' },
    body: '{"scenarios":["wrong-otp-accepted"]}',
  });
  await drift.body.dump();
  rows.push(
    await drive(
      pool,
      {
        name: 'PUT mfaUpdateSetting profile (200, drift wrong-otp-accepted)',
        method: 'PUT',
        path: `/identity/v2/auth/account/2fa/verification/otp?apikey=${info.apiKey}`,
        body: '{"otp":"000000"}',
        expect: 200,
      },
      info.token,
      seconds,
      inflight,
    ),
  );
  await pool.close();
  child.kill('SIGTERM');
  console.log(`mock throughput: ${inflight} in flight, ${seconds} s per row, undici keep-alive, mock in a child process`);
  console.table(rows);
}

if (process.argv.includes('--serve')) void serve();
else await main();
