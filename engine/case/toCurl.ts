/**
 * Renders a Case as ONE shell line that replays it with curl. Secrets are redacted BEFORE
 * rendering, so the line reads `apikey=[REDACTED]` rather than an encoded marker; `--globoff`
 * stops curl treating the marker's brackets as a URL glob.
 */
import type { Case } from './case.ts';
import { shellQuote } from './shellQuote.ts';

/** The part of a redactor `toCurl` needs (structural, so `engine/case` does not depend on `engine/redaction`). */
export interface CaseRedactor {
  readonly marker: string;
  text(s: string): string;
  case(c: Case): Case;
}

/**
 * Percent-encodes a query component exactly as transport does (`encodeURIComponent` plus the
 * sub-delims `!'()*`), but leaves the redaction marker literal, for readability.
 */
function encodeComponent(s: string, marker: string): string {
  const encode = (part: string): string =>
    encodeURIComponent(part).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return s.split(marker).map(encode).join(marker);
}

/** Drops `user:password@` from the base URL: credentials never belong in a replay line. */
function safeBase(baseUrl: string, redactor: CaseRedactor): string {
  let base = baseUrl.replace(/\/+$/, '');
  try {
    const url = new URL(base);
    if (url.username !== '' || url.password !== '') {
      url.username = '';
      url.password = '';
      base = url.toString().replace(/\/+$/, '');
    }
  } catch {
    // Not a URL (a test double or a relative base): render it as given.
  }
  return redactor.text(base);
}

export function toCurl(c: Case, baseUrl: string, redactor: CaseRedactor): string {
  if (typeof baseUrl !== 'string') throw new Error('toCurl: `baseUrl` must be a string such as config.target.baseUrl.');
  const safe = redactor.case(c);
  const marker = redactor.marker;
  const query = safe.query.map(([n, v]) => `${encodeComponent(n, marker)}=${encodeComponent(v, marker)}`).join('&');
  const path = safe.path.startsWith('/') ? safe.path : `/${safe.path}`;
  const url = `${safeBase(baseUrl, redactor)}${path}${query === '' ? '' : `?${query}`}`;

  const args = ['curl', '--globoff', '-X', safe.method, shellQuote(url)];
  const headerNames = Object.keys(safe.headers).map((h) => h.toLowerCase());
  for (const [name, value] of Object.entries(safe.headers)) args.push('-H', shellQuote(`${name}: ${value}`));

  const body = safe.body;
  if (body.kind !== 'none') {
    // Transport sends the body's media type unless the case sets Content-Type itself; with no
    // media type Playwright labels the bytes application/octet-stream (curl would say form-urlencoded).
    if (!headerNames.includes('content-type')) args.push('-H', shellQuote(`Content-Type: ${body.mediaType ?? 'application/octet-stream'}`));
    const text = body.kind === 'json' ? (JSON.stringify(body.value) ?? '') : body.text;
    args.push('--data-raw', shellQuote(text));
  }
  return args.join(' ');
}
