/**
 * Case → the exact URL, headers and body bytes handed to APIRequestContext.fetch.
 * The body is always a Buffer: Playwright re-stringifies a *string* body sent with a JSON
 * content type when it does not parse, which would hide malformed-JSON cases.
 */
import type { Case } from '../case/case.ts';

export interface WireRequest {
  readonly method: string;
  /** Absolute URL without the query: baseURL (any base path kept) + the Case path. */
  readonly url: string;
  /** Already percent-encoded, in Case order, duplicates kept; '' when there is none. */
  readonly encodedQuery: string;
  readonly headers: Record<string, string>;
  readonly body: Buffer | undefined;
}

/** `encodeURIComponent` plus the RFC 3986 sub-delims it leaves alone, so values arrive verbatim. */
function encodeQueryComponent(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function encodeQuery(query: Case['query']): string {
  return query.map(([name, value]) => `${encodeQueryComponent(name)}=${encodeQueryComponent(value)}`).join('&');
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
  const lower = name.toLowerCase();
  return Object.keys(headers).some((key) => key.toLowerCase() === lower);
}

/** Joins by text, not `new URL(path, base)`, so a base path such as `/staging` is kept. */
export function joinUrl(baseURL: string, path: string): string {
  return baseURL.replace(/\/+$/, '') + (path.startsWith('/') ? path : `/${path}`);
}

export function buildRequest(baseURL: string, c: Case): WireRequest {
  const headers: Record<string, string> = { ...c.headers };
  let body: Buffer | undefined;
  switch (c.body.kind) {
    case 'none':
      break;
    case 'json':
      body = Buffer.from(JSON.stringify(c.body.value) ?? 'null', 'utf8');
      if (!hasHeader(headers, 'content-type')) headers['Content-Type'] = c.body.mediaType;
      break;
    case 'raw':
      body = Buffer.from(c.body.text, 'utf8');
      // Without a media type Playwright itself labels the bytes application/octet-stream.
      if (c.body.mediaType !== undefined && !hasHeader(headers, 'content-type')) headers['Content-Type'] = c.body.mediaType;
      break;
  }
  return { method: c.method, url: joinUrl(baseURL, c.path), encodedQuery: encodeQuery(c.query), headers, body };
}
