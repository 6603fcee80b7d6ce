/**
 * The vendor's Node SDK only speaks HTTPS to port 443 of `apiDomain`, so a mock it drives listens on
 * `<host>:443` with a throwaway openssl certificate trusted through https.globalAgent. Each test file
 * picks its own loopback host (127.0.0.x) so files running side by side never share the port.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMock } from '../../../mock/startMock.ts';
import type { MockOptions, RunningMock } from '../../../mock/startMock.ts';

const require = createRequire(import.meta.url);

export interface SdkMock {
  readonly mock: RunningMock;
  /** A configured SDK instance (`any`: the SDK ships no types). */
  sdk(apiKey: string, apiSecret?: string): any;
  close(): Promise<void>;
}

export async function startSdkMock(host: string, options: MockOptions = {}): Promise<SdkMock> {
  const dir = mkdtempSync(join(tmpdir(), 'lr-mock-tls-'));
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  execFileSync(
    '/usr/bin/openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', `/CN=${host}`].concat([
      '-addext',
      `subjectAltName=IP:${host}`,
    ]),
    { stdio: 'ignore' },
  );
  const pem = readFileSync(cert);
  const mock = await startMock({ ...options, host, port: 443, tls: { key: readFileSync(key), cert: pem } });
  const previousCa = https.globalAgent.options.ca;
  https.globalAgent.options.ca = pem;
  const lr = require('loginradius-sdk') as (config: Record<string, unknown>) => unknown;
  return {
    mock,
    sdk: (apiKey, apiSecret = 'not-used-by-this-call') => lr({ apiDomain: host, apiKey, apiSecret }),
    async close() {
      https.globalAgent.options.ca = previousCa as never;
      https.globalAgent.destroy();
      await mock.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The SDK rejects with the vendor's envelope: its ErrorCode, or 'resolved'. */
export function codeOf(p: Promise<unknown>): Promise<number | 'resolved'> {
  return p.then(
    () => 'resolved' as const,
    (e: { ErrorCode: number }) => e.ErrorCode,
  );
}
