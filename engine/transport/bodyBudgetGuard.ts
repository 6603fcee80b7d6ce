/**
 * Stops reading a response body at a byte cap, before and after content decoding.
 * APIRequestContext buffers the whole (decoded) body and has no size option, so a 200 MB body or a
 * gzip bomb would be held in memory in full. Playwright's fetch runs in this process on node:http,
 * whose `http.client.response.finish` channel hands us every response as it starts: we count its
 * raw bytes as the parser pushes them, run an own decoder that only counts (nothing is kept), and destroy the response at the
 * cap. AsyncLocalStorage ties the response to the `withBodyBudget` call that sent it, so concurrent
 * sends each get their own verdict and requests made outside a budget are left alone.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import { constants, createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Transform } from 'node:stream';

export interface BodyBudgetHit {
  readonly message: string;
}

interface Slot {
  readonly maxBodyBytes: number;
  hit?: BodyBudgetHit;
}

const slots = new AsyncLocalStorage<Slot>();
let subscribed = false;

function countingDecoder(encoding: string | undefined): Transform | undefined {
  const e = encoding?.trim().toLowerCase();
  if (e === 'gzip' || e === 'x-gzip') return createGunzip({ flush: constants.Z_SYNC_FLUSH, finishFlush: constants.Z_SYNC_FLUSH });
  if (e === 'br') return createBrotliDecompress({ flush: constants.BROTLI_OPERATION_FLUSH, finishFlush: constants.BROTLI_OPERATION_FLUSH });
  if (e === 'deflate') return createInflate();
  return undefined;
}

function guard(response: IncomingMessage, slot: Slot): void {
  const cap = slot.maxBodyBytes;
  const decoder = countingDecoder(response.headers['content-encoding']);
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
    }
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

/** Runs `send` under a body budget; `hit` is set when the guard cut the response. */
export async function withBodyBudget<T>(
  maxBodyBytes: number,
  send: () => Promise<T>,
): Promise<{ value?: T; error?: unknown; hit?: BodyBudgetHit }> {
  ensureSubscribed();
  const slot: Slot = { maxBodyBytes };
  try {
    const value = await slots.run(slot, send);
    return slot.hit === undefined ? { value } : { value, hit: slot.hit };
  } catch (error) {
    return slot.hit === undefined ? { error } : { error, hit: slot.hit };
  }
}
