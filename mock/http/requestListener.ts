/**
 * The node:http request listener: routing (admin, vendor, 404/405), bounded body reading, response
 * writing and the request log. Every exception becomes a 500/950 envelope and is counted, so tests can
 * assert the mock never failed internally.
 */
import { adminRoute } from '../admin/adminRoutes.ts';
import { runVendorPipeline } from '../handlers/vendorPipeline.ts';
import { faultFor } from '../faults/activeFault.ts';
import { errorResponse } from './errorCatalogue.ts';
import { JSON_CONTENT_TYPE } from './mockTypes.ts';
import { splitUrl } from './parseRequestLine.ts';
import { VENDOR_ROUTES } from './vendorRoutes.ts';
import { credentialRoute } from './credentialRoutes.ts';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MockRuntime } from '../mockRuntime.ts';
import type { MockOperationId, MockRequest, MockResponse } from './mockTypes.ts';

/** Past this many bytes an oversized body is no longer drained: the socket is dropped. */
const DRAIN_LIMIT = 64 * 1_048_576;

function writeResponse(res: ServerResponse, r: MockResponse): void {
  if (res.headersSent || res.destroyed) return;
  const payload = r.json ?? (typeof r.body === 'string' ? r.body : JSON.stringify(r.body));
  const headers: Record<string, string | number> = {
    'content-type': r.contentType ?? JSON_CONTENT_TYPE,
    'content-length': Buffer.byteLength(payload),
  };
  if (r.headers) Object.assign(headers, r.headers);
  res.writeHead(r.status, headers);
  res.end(payload);
}

/** Reads the body up to `limit` bytes; calls back with null (no body), the bytes, or 'too-large'. */
function readBody(req: IncomingMessage, limit: number, done: (body: Buffer | null | 'too-large') => void): void {
  const declared = Number(req.headers['content-length'] ?? 0);
  let size = 0;
  let tooLarge = declared > limit;
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > limit) tooLarge = true;
    if (size > DRAIN_LIMIT) req.destroy();
    else if (!tooLarge) chunks.push(chunk);
  });
  req.on('end', () => done(tooLarge ? 'too-large' : chunks.length === 0 ? null : chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
  req.on('error', () => {
    /* client went away; nothing to answer */
  });
}

export function createRequestListener(rt: MockRuntime): (req: IncomingMessage, res: ServerResponse) => void {
  function fail(res: ServerResponse, error: unknown): void {
    rt.internalErrors += 1;
    // Type and message only: never the request (it may carry secrets).
    rt.lastInternalError = `${(error as Error)?.name ?? 'Error'}: ${(error as Error)?.message ?? String(error)}`;
    try {
      writeResponse(res, errorResponse('internal'));
    } catch {
      res.destroy();
    }
  }

  function record(
    req: IncomingMessage,
    request: MockRequest,
    response: MockResponse,
    tenant: string | null,
    uid: string | null,
    fault?: string,
  ): void {
    rt.requestsServed += 1;
    rt.log.add({
      at: rt.now(),
      method: req.method ?? '',
      path: request.path,
      queryNames: [...request.query.keys()],
      tenant,
      uid,
      status: response.status,
      errorCode: response.errorCode ?? null,
      ...(fault === undefined ? {} : { fault }),
    });
  }

  /** A transport fault replaces the normal write (vendor paths only; never /__mock/*). */
  function injectFault(req: IncomingMessage, res: ServerResponse, request: MockRequest, operationId: MockOperationId): boolean {
    const mode = faultFor(rt.fault, operationId);
    if (mode === undefined) return false;
    let answered: { response: MockResponse; tenant: string | null; uid: string | null } | undefined;
    const answer = (): MockResponse => {
      const { response, ctx } = runVendorPipeline(rt, operationId, request);
      answered = { response, tenant: ctx.tenant?.name ?? null, uid: ctx.user?.fixture.uid ?? null };
      return response;
    };
    mode.apply({ req, res, answer, write: (r) => writeResponse(res, r) });
    const logged = {
      status: mode.logStatus,
      body: null,
      ...(answered?.response.errorCode === undefined ? {} : { errorCode: answered.response.errorCode }),
    };
    record(req, request, logged, answered?.tenant ?? null, answered?.uid ?? null, mode.id);
    return true;
  }

  function handle(req: IncomingMessage, res: ServerResponse, raw: Buffer | null | 'too-large'): void {
    const { path, query } = splitUrl(req.url ?? '/');
    const method = req.method ?? '';
    const request: MockRequest = { method, path, query, headers: req.headers, rawBody: raw === 'too-large' ? null : raw };
    if (path.startsWith('/__mock/')) {
      const answer = adminRoute(rt, method, path, query, request.rawBody);
      writeResponse(res, { status: answer.status, body: answer.body, ...(answer.headers ? { headers: answer.headers } : {}) });
      return;
    }
    const route = VENDOR_ROUTES.get(path);
    const credential = route ? undefined : credentialRoute(path);
    let response: MockResponse;
    if (credential) {
      if (method !== credential.method) response = errorResponse('methodNotAllowed', undefined, { allow: credential.method });
      else if (raw === 'too-large') response = errorResponse('payloadTooLarge');
      else {
        const pathUid = credential.pathUid === undefined ? {} : { pathUid: credential.pathUid };
        response = credential.handle({ request, state: rt.state, now: rt.now(), ...pathUid });
      }
    } else if (!route) response = errorResponse('notFound');
    else if (method !== route.method) response = errorResponse('methodNotAllowed', undefined, { allow: route.method });
    else if (raw === 'too-large') response = errorResponse('payloadTooLarge');
    else if (injectFault(req, res, request, route.operationId)) return;
    else {
      const { response: r, ctx, delayMs } = runVendorPipeline(rt, route.operationId, request);
      record(req, request, r, ctx.tenant?.name ?? null, ctx.user?.fixture.uid ?? null);
      answerAfter(res, r, delayMs + rt.options.latencyMs);
      return;
    }
    record(req, request, response, null, null);
    answerAfter(res, response, rt.options.latencyMs);
  }

  function answerAfter(res: ServerResponse, response: MockResponse, delayMs: number): void {
    if (delayMs <= 0) {
      writeResponse(res, response);
      return;
    }
    setTimeout(() => {
      try {
        writeResponse(res, response);
      } catch (e) {
        fail(res, e);
      }
    }, delayMs);
  }

  return (req, res) => {
    try {
      const method = req.method;
      const hasBody =
        req.headers['content-length'] !== undefined
          ? req.headers['content-length'] !== '0'
          : req.headers['transfer-encoding'] !== undefined;
      if ((method === 'GET' || method === 'HEAD') && !hasBody) {
        // Hot path: nothing to read.
        req.resume();
        handle(req, res, null);
        return;
      }
      readBody(req, rt.options.maxBodyBytes, (body) => {
        try {
          handle(req, res, body);
        } catch (e) {
          fail(res, e);
        }
      });
    } catch (e) {
      fail(res, e);
    }
  };
}
