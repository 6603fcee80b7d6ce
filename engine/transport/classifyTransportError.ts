/**
 * A thrown fetch error → the `TransportErrorKind` checks and reports use, plus a short message
 * that is safe to print: Playwright's "Call log" (which repeats the URL with its apikey and
 * headers) is dropped and query strings are cut.
 */
import type { TransportErrorKind } from './exchange.ts';

const rules: ReadonlyArray<readonly [TransportErrorKind, RegExp]> = [
  ['redirect-loop', /Max redirect count exceeded|too many redirects|invalid redirect URL/i],
  ['timeout', /Timeout \d+ms exceeded|timed? ?out|ETIMEDOUT|ESOCKETTIMEDOUT/i],
  ['connection-refused', /ECONNREFUSED|connection refused/i],
  ['dns', /ENOTFOUND|EAI_AGAIN|EAI_NONAME|getaddrinfo/i],
  // Node's HTTP parser refusing the answer itself: more than 16 KiB of headers, a bad status line.
  ['headers-too-large', /HPE_HEADER_OVERFLOW|Header overflow/i],
  ['invalid-status', /HPE_INVALID_STATUS|Invalid (response )?status/i],
  [
    'malformed-response',
    /HPE_INVALID_CONSTANT|HPE_INVALID_VERSION|HPE_INVALID_HEADER_TOKEN|HPE_CR_EXPECTED|HPE_LF_EXPECTED|Expected HTTP\/|Invalid header value char/i,
  ],
  ['tls', /certificate|CERT_|SSL|TLS|EPROTO|self[- ]signed|unable to verify/i],
  // "aborted": Playwright's whole message when the server closes mid-body (Content-Length not met).
  ['connection-reset', /ECONNRESET|socket hang up|EPIPE|other side closed|Parse Error|HPE_|^aborted$|premature close/i],
];

/** First line only, query strings and bearer tokens removed, bounded length. */
export function safeErrorMessage(raw: string): string {
  const firstBlock = raw.split(/\n\s*Call log:|\n/)[0] ?? '';
  return firstBlock
    .replace(/apiRequestContext\.\w+: /g, '') // Playwright's API-name prefix (`_wrapApiCall` when quiet)
    .replace(/\?[^\s'"]*/g, '?…')
    .replace(/(bearer\s+)\S+/gi, '$1…')
    .slice(0, 300)
    .trim();
}

export function classifyTransportError(error: unknown): { kind: TransportErrorKind; message: string } {
  const raw = error instanceof Error ? `${codeOf(error)}${error.message}` : String(error);
  const firstLine = safeErrorMessage(raw);
  for (const [kind, pattern] of rules) if (pattern.test(firstLine)) return { kind, message: firstLine };
  return { kind: 'other', message: firstLine };
}

function codeOf(error: Error): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && !error.message.includes(code) ? `${code}: ` : '';
}
