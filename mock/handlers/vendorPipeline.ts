/**
 * One vendor call, in the brief's order: rate limit → apikey → token → request shape → lockout → OTP
 * (the last three inside the operation handler), then the active drift transforms.
 */
import { errorResponse } from '../http/errorCatalogue.ts';
import { authenticate } from './authenticate.ts';
import { mfaReAuthenticate } from './mfaReAuthenticate.ts';
import { mfaReAuthenticateByOTP, mfaUpdateSetting } from './otpOperations.ts';
import { legacyForms } from '../legacy/legacyForms.ts';
import type { MockOperationId, MockRequest, MockResponse } from '../http/mockTypes.ts';
import type { MockRuntime } from '../mockRuntime.ts';
import type { PipelineContext } from './pipelineContext.ts';

const HANDLERS: Record<MockOperationId, (ctx: PipelineContext) => MockResponse> = {
  mfaReAuthenticate,
  mfaUpdateSetting,
  mfaReAuthenticateByOTP,
};

export interface PipelineResult {
  readonly response: MockResponse;
  readonly ctx: PipelineContext;
  readonly delayMs: number;
}

export function runVendorPipeline(runtime: MockRuntime, operationId: MockOperationId, request: MockRequest): PipelineResult {
  const ctx: PipelineContext = {
    request,
    operationId,
    state: runtime.state,
    drift: runtime.drift,
    now: runtime.now(),
    accountNow: (uid) => runtime.nowFor(uid),
  };
  let response: MockResponse | undefined;
  if (runtime.buckets) {
    const wait = runtime.buckets.take(request.query.get('apikey') ?? '', ctx.now);
    if (wait > 0) response = errorResponse('rateLimited', undefined, { 'retry-after': String(wait) });
  }
  response ??= authenticate(ctx) ?? HANDLERS[operationId](ctx);
  if (runtime.options.legacyForms) response = legacyForms(response, operationId);
  if (ctx.drift.active.length === 0) return { response, ctx, delayMs: 0 };
  const driftCtx = { operationId, request, ...(ctx.body ? { body: ctx.body } : {}) };
  return { response: ctx.drift.apply(response, driftCtx), ctx, delayMs: ctx.drift.latencyMs(driftCtx) };
}
