/**
 * Every transport fault the mock can inject, in one ordered list (like drift/scenarios.ts). A fault
 * is what a broken gateway, proxy or network does to one HTTP exchange: it writes to the socket
 * itself (or never writes), so it bypasses the vendor pipeline. The harness must turn each one into
 * a named failure and keep going; tests/cli/faults.test.ts proves it per fault.
 * The 11th fault of issue 6, a refused connection, needs no mock mode: point the harness at a closed
 * port (tests/cli/contract.test.ts, "an unreachable target").
 */
import { JSON_CONTENT_TYPE } from '../http/mockTypes.ts';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MockOperationId, MockResponse } from '../http/mockTypes.ts';

export interface FaultContext {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  /** Runs the normal vendor pipeline and answers its response (state effects included). */
  readonly answer: () => MockResponse;
  /** Writes a response the normal way (content-length, JSON serialisation). */
  readonly write: (response: MockResponse) => void;
}

export interface FaultMode {
  readonly id: string;
  readonly description: string;
  /** The HTTP status the request log records; 0 = no status line was sent. */
  readonly logStatus: number;
  readonly apply: (ctx: FaultContext) => void;
}

/** Operations faulted when none are named: the step-up trigger only, so the rest of a run still works. */
export const DEFAULT_FAULT_OPERATIONS: readonly MockOperationId[] = ['mfaReAuthenticate'];

const HUGE_BODY_BYTES = 11 * 1_048_576;
const DRIP_CHUNKS = 8;
const DRIP_INTERVAL_MS = 500;

const HTML_502 =
  '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n<body><center><h1>502 Bad Gateway</h1></center>\n' +
  '<hr><center>cloudflare</center>\n</body></html>\n';

let hugeBody: Buffer | undefined;
/** Built once (11 MB), valid JSON: an object with one long string, so only its size is wrong. */
function huge(): Buffer {
  hugeBody ??= Buffer.from(`{"Padding":"${'x'.repeat(HUGE_BODY_BYTES)}"}`, 'utf8');
  return hugeBody;
}

function serialise(r: MockResponse): string {
  return r.json ?? (typeof r.body === 'string' ? r.body : JSON.stringify(r.body));
}

/** Stops the socket with a TCP RST where Node supports it (≥ 18.3), else a plain destroy. */
function reset(res: ServerResponse): void {
  const socket = res.socket as (ServerResponse['socket'] & { resetAndDestroy?: () => void }) | null;
  if (socket && typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
  else socket?.destroy();
}

export const FAULT_MODES = [
  {
    id: 'connection-reset',
    description: 'The connection is reset (TCP RST) before any response byte.',
    logStatus: 0,
    apply: ({ res }) => reset(res),
  },
  {
    id: 'hang',
    description: 'The request is read and never answered; the socket stays open until the client gives up.',
    logStatus: 0,
    apply: () => undefined,
  },
  {
    id: 'truncated-body',
    description: 'A 200 whose Content-Length promises 1000 bytes more than are sent, then the connection closes.',
    logStatus: 200,
    apply: ({ res, answer }) => {
      const full = Buffer.from(serialise(answer()), 'utf8');
      const sent = full.subarray(0, Math.max(1, Math.floor(full.length / 2)));
      res.writeHead(200, { 'content-type': JSON_CONTENT_TYPE, 'content-length': full.length + 1000 });
      res.write(sent, () => res.socket?.destroy());
    },
  },
  {
    id: 'invalid-json',
    description: 'A 200 application/json whose body is broken JSON.',
    logStatus: 200,
    apply: ({ write }) =>
      write({ status: 200, body: '{"IsGoogleAuthenticatorVerified": true, "OTPStatus": {"IsOTPAuthenticatorVerified": tru' }),
  },
  {
    id: 'wrong-content-type',
    description: 'The normal response, labelled text/html instead of application/json.',
    logStatus: 200,
    apply: ({ answer, write }) => write({ ...answer(), contentType: 'text/html; charset=utf-8' }),
  },
  {
    id: 'huge-body',
    description: "A 200 with an 11 MB JSON body (over the transport's 10 MiB limit).",
    logStatus: 200,
    apply: ({ res }) => {
      const body = huge();
      res.writeHead(200, { 'content-type': JSON_CONTENT_TYPE, 'content-length': body.length });
      res.end(body);
    },
  },
  {
    id: 'slow-drip',
    description: `The normal response, its body trickled in ${DRIP_CHUNKS} chunks ${DRIP_INTERVAL_MS} ms apart (~${(DRIP_CHUNKS * DRIP_INTERVAL_MS) / 1000} s).`,
    logStatus: 200,
    apply: ({ res, answer }) => {
      const r = answer();
      const body = Buffer.from(serialise(r), 'utf8');
      res.writeHead(r.status, { 'content-type': r.contentType ?? JSON_CONTENT_TYPE, 'content-length': body.length });
      const size = Math.ceil(body.length / DRIP_CHUNKS);
      let index = 0;
      const drip = (): void => {
        if (res.destroyed) return;
        const chunk = body.subarray(index * size, (index + 1) * size);
        index += 1;
        if (index >= DRIP_CHUNKS || index * size >= body.length) res.end(chunk);
        else {
          res.write(chunk);
          setTimeout(drip, DRIP_INTERVAL_MS).unref();
        }
      };
      drip();
    },
  },
  {
    id: 'html-502',
    description: 'A gateway-style HTML 502 Bad Gateway page.',
    logStatus: 502,
    apply: ({ write }) => write({ status: 502, body: HTML_502, contentType: 'text/html' }),
  },
  {
    id: 'empty-body',
    description: 'A 200 application/json with no body at all (Content-Length: 0).',
    logStatus: 200,
    apply: ({ write }) => write({ status: 200, body: '' }),
  },
  {
    id: 'redirect-loop',
    description: "A 302 whose Location is the request's own URL (followed, it never ends).",
    logStatus: 302,
    apply: ({ req, write }) => write({ status: 302, body: '', contentType: 'text/plain', headers: { location: req.url ?? '/' } }),
  },
] as const satisfies readonly FaultMode[];

export type FaultId = (typeof FAULT_MODES)[number]['id'];
export const FAULT_IDS: readonly FaultId[] = FAULT_MODES.map((f) => f.id);

export function faultMode(id: FaultId): FaultMode {
  return FAULT_MODES.find((f) => f.id === id)!;
}
