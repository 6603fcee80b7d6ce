/**
 * The CLI's side of a run whose tests execute in the CLI's process: a loopback HTTP endpoint the
 * Playwright workers ask for a test's outcome (`GET /outcome?title=…`, bearer token). The answer
 * waits until the test has run; a test that threw answers 500 with its (redacted) message.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SuiteOutcome } from './suiteTest.ts';

export interface SuiteServer {
  readonly url: string;
  readonly token: string;
  close(): Promise<void>;
}

export interface SuiteServerOptions {
  readonly outcome: (title: string) => Promise<SuiteOutcome>;
  /** Applied to error messages before they leave the process. */
  readonly redact: (text: string) => string;
}

function answer(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export async function startSuiteServer(options: SuiteServerOptions): Promise<SuiteServer> {
  const token = randomBytes(24).toString('hex');
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.headers.authorization !== `Bearer ${token}`) return answer(res, 401, { error: 'not this run' });
    const title = url.searchParams.get('title');
    if (req.method !== 'GET' || url.pathname !== '/outcome' || title === null)
      return answer(res, 404, { error: 'GET /outcome?title=<test title>' });
    options.outcome(title).then(
      (outcome) => answer(res, 200, outcome),
      (error: unknown) =>
        answer(res, 500, { error: options.redact(error instanceof Error ? (error.stack ?? error.message) : String(error)) }),
    );
  });
  // A worker waits as long as its test runs: no server-side timeout.
  server.requestTimeout = 0;
  server.headersTimeout = 0;
  await once(server.listen(0, '127.0.0.1'), 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
