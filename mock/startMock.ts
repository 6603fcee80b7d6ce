/**
 * Starts the embedded LoginRadius MFA step-up mock: `const mock = await startMock(); … await mock.close()`.
 * Plain node:http(s), no framework, so it stays fast enough to be fuzzed at full speed.
 */
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { envelope } from './http/errorCatalogue.ts';
import { createRequestListener } from './http/requestListener.ts';
import { resolveMockOptions } from './mockOptions.ts';
import { MockRuntime } from './mockRuntime.ts';
import type { Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { DriftId } from './drift/scenarios.ts';
import type { FaultSetting } from './faults/activeFault.ts';
import type { AnyFaultId as FaultId } from './faults/allFaults.ts';
import type { MockFixture } from './fixtures/fixtureTypes.ts';
import type { MockOptions } from './mockOptions.ts';
import type { MockStateSnapshot, ResetOptions } from './mockRuntime.ts';

export type { MockOptions } from './mockOptions.ts';

export interface RunningMock {
  /** Base URL, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  /** The seed fixture the mock serves (contains secrets: do not print it). */
  readonly fixture: MockFixture;
  /** Same as POST /__mock/reset. */
  reset(overrides?: ResetOptions): void;
  /** Same as GET /__mock/state. */
  state(): MockStateSnapshot;
  /** Same as PUT /__mock/drift. */
  setDrift(ids: readonly DriftId[]): void;
  /** Same as PUT /__mock/fault: a fault id, {fault, operations?}, or null (off). */
  setFault(fault: FaultId | FaultSetting | null): void;
  /** Same as PUT /__mock/clock. */
  setClockOffset(offsetMs: number): void;
  /** Stops listening and closes every connection (keep-alive ones included). */
  close(): Promise<void>;
}

function clientErrorReply(socket: Socket): void {
  // Malformed HTTP (bad method token, broken headers): answer 400 with the envelope, never a 5xx.
  const body = JSON.stringify(envelope('badRequest'));
  if (socket.writable && !socket.destroyed) {
    socket.end(
      `HTTP/1.1 400 Bad Request\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  } else socket.destroy();
}

export async function startMock(options?: MockOptions): Promise<RunningMock> {
  const resolved = resolveMockOptions(options);
  const runtime = new MockRuntime(resolved);
  const listener = createRequestListener(runtime);
  const server: Server = resolved.tls
    ? createHttpsServer({ key: resolved.tls.key, cert: resolved.tls.cert }, listener)
    : createHttpServer(listener);
  server.keepAliveTimeout = 30_000;
  server.on('clientError', (_error, socket) => clientErrorReply(socket as Socket));
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          `startMock: cannot listen on ${resolved.host}:${resolved.port} (${error.code ?? error.message}); pick another port or pass port 0`,
        ),
      ),
    );
    server.listen(resolved.port, resolved.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const hostInUrl = resolved.host.includes(':') ? `[${resolved.host}]` : resolved.host;
  return {
    url: `${resolved.tls ? 'https' : 'http'}://${hostInUrl}:${port}`,
    port,
    host: resolved.host,
    fixture: runtime.fixture,
    reset: (overrides) => runtime.reset(overrides, 'RunningMock.reset'),
    state: () => runtime.snapshot(),
    setDrift: (ids) => runtime.setDrift(ids, 'RunningMock.setDrift'),
    setFault: (fault) => runtime.setFault(fault, 'RunningMock.setFault'),
    setClockOffset: (offsetMs) => runtime.setClockOffset(offsetMs, 'RunningMock.setClockOffset'),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
