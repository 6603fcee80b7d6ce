/**
 * Stops reading a response body at a byte cap, before and after content decoding.
 * APIRequestContext buffers the whole (decoded) body and has no size option, so a 200 MB body or a
 * gzip bomb would be held in memory in full. Playwright's fetch runs in this process on node:http,
 * whose `http.client.response.finish` channel hands us every response as it starts: we count its
 * raw bytes as the parser pushes them, run an own decoder that only counts (nothing is kept), and destroy the response at the
 * cap. AsyncLocalStorage ties the response to the `withBodyBudget` call that sent it, so concurrent
 * sends each get their own verdict and requests made outside a budget are left alone. The bytes of
 * a response without content encoding are kept as they pass: they are its body, so the transport
 * needs no second API call to read it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import { constants, createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Transform } from 'node:stream';

export interface BodyBudgetHit {
  readonly message: string;
}

/** The body bytes of an unencoded response as the parser pushed them, and whether it pushed the end. */
export interface CapturedBody {
  readonly chunks: Buffer[];
  ended: boolean;
  responses: number;
}

interface Slot {
  readonly maxBodyBytes: number;
  hit?: BodyBudgetHit;
  readonly captured: CapturedBody;
}

const slots = new AsyncLocalStorage<Slot>();
let subscribed = false;

/** A decoder that only counts, for a normalised (trimmed, lower-case) content encoding. */
function countingDecoder(e: string | undefined): Transform | undefined {
  if (e === 'gzip' || e === 'x-gzip') return createGunzip({ flush: constants.Z_SYNC_FLUSH, finishFlush: constants.Z_SYNC_FLUSH });
  if (e === 'br') return createBrotliDecompress({ flush: constants.BROTLI_OPERATION_FLUSH, finishFlush: constants.BROTLI_OPERATION_FLUSH });
  if (e === 'deflate') return createInflate();
  return undefined;
}

function guard(response: IncomingMessage, slot: Slot): void {
  const cap = slot.maxBodyBytes;
  const encoding = response.headers['content-encoding']?.trim().toLowerCase();
  const decoder = countingDecoder(encoding);
  // Only bytes that need no decoding are the body as they arrive.
  const capture = encoding === undefined || encoding === '' || encoding === 'identity' ? slot.captured : undefined;
  slot.captured.responses += 1;
  let raw = 0;
  let decoded = 0;
  const stop = (message: string): void => {
    if (slot.hit !== undefined) return;
    slot.hit = { message };
    decoder?.destroy();
    response.destroy(new Error(`response body over budget: ${message}`));
  };
  // Counted where the HTTP parser pushes body bytes: a 'data' listener would switch the stream to
  // flowing mode before Playwright listens (it awaits its cookie jar first) and lose an early 'end'.
  const push = response.push.bind(response);
  response.push = (chunk: unknown, encoding?: BufferEncoding): boolean => {
    if (Buffer.isBuffer(chunk)) {
      raw += chunk.length;
      if (raw > cap) {
        stop(`more than ${cap} bytes on the wire (maxBodyBytes=${cap})`);
        return false;
      }
      decoder?.write(chunk);
      capture?.chunks.push(chunk);
    } else if (chunk === null && capture) capture.ended = true;
    return push(chunk, encoding);
  };
  if (decoder === undefined) return;
  decoder.on('data', (chunk: Buffer) => {
    decoded += chunk.length;
    if (decoded > cap) stop(`more than ${cap} bytes after ${String(response.headers['content-encoding'])} decoding (maxBodyBytes=${cap})`);
  });
  decoder.on('error', () => undefined); // a corrupt encoding is Playwright's to report
  response.on('close', () => decoder.destroy());
}

function ensureSubscribed(): void {
  if (subscribed) return;
  subscribed = true;
  subscribe('http.client.response.finish', (message) => {
    const slot = slots.getStore();
    const response = (message as { response?: IncomingMessage }).response;
    if (slot !== undefined && response !== undefined) guard(response, slot);
  });
}

/**
 * The body of the one response `send` got, as captured: present only when it needed no decoding,
 * its end was seen and its length is the declared one. Otherwise undefined: ask Playwright for it.
 */
export function capturedBody(captured: CapturedBody, headerLines: ReadonlyArray<{ name: string; value: string }>): Buffer | undefined {
  if (captured.responses !== 1 || !captured.ended) return undefined;
  const body = Buffer.concat(captured.chunks);
  const declared = headerLines.find((h) => h.name.toLowerCase() === 'content-length')?.value;
  return declared === undefined || Number(declared) === body.byteLength ? body : undefined;
}

/**
 * Runs `send` under a body budget; `hit` is set when the guard cut the response. `send` gets the
 * capture of its response's unencoded body bytes (`capturedBody`).
 */
export async function withBodyBudget<T>(
  maxBodyBytes: number,
  send: (captured: CapturedBody) => Promise<T>,
): Promise<{ value?: T; error?: unknown; hit?: BodyBudgetHit }> {
  ensureSubscribed();
  const slot: Slot = { maxBodyBytes, captured: { chunks: [], ended: false, responses: 0 } };
  try {
    const value = await slots.run(slot, () => send(slot.captured));
    return slot.hit === undefined ? { value } : { value, hit: slot.hit };
  } catch (error) {
    return slot.hit === undefined ? { error } : { error, hit: slot.hit };
  }
}
