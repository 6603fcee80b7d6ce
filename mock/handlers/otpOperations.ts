/**
 * The two PUT operations share steps 3–5 (shape → lockout → OTP) and differ only in the success body:
 * mfaUpdateSetting answers the Identity profile (with `fields` projection and the live lock state),
 * mfaReAuthenticateByOTP the step-up token {SecondFactorValidationToken, ExpireIn}.
 */
import { randomUUID } from 'node:crypto';
import { lockoutGate } from './lockoutGate.ts';
import { parseOtpBody } from './parseOtpBody.ts';
import { iso } from './pipelineContext.ts';
import { projectFields } from './projectFields.ts';
import { verifyOtpStep } from './verifyOtpStep.ts';
import type { MockResponse } from '../http/mockTypes.ts';
import type { UserFixture } from '../fixtures/fixtureTypes.ts';
import type { PipelineContext } from './pipelineContext.ts';

/** Lifetime of a SecondFactorValidationToken. */
const VALIDATION_TOKEN_TTL_MS = 30 * 60_000;

function otpSteps(ctx: PipelineContext): MockResponse | undefined {
  const body = parseOtpBody(ctx);
  if ('status' in body) return body;
  return lockoutGate(ctx, body) ?? verifyOtpStep(ctx, body.otp);
}

const unlockedProfileJson = new WeakMap<UserFixture, string>();

function profileResponse(ctx: PipelineContext): MockResponse {
  const user = ctx.user!;
  const lock = user.profileLock(ctx.now);
  const fields = (ctx.request.query.get('fields') ?? '').trim();
  if (!lock.IsLoginLocked && fields === '') {
    let json = unlockedProfileJson.get(user.fixture);
    if (json === undefined) {
      json = JSON.stringify({ ...user.fixture.profile, ...lock });
      unlockedProfileJson.set(user.fixture, json);
    }
    const cached = json;
    return {
      status: 200,
      json: cached,
      get body() {
        return JSON.parse(cached);
      },
    } as MockResponse;
  }
  const full = { ...user.fixture.profile, ...lock };
  return { status: 200, body: fields === '' ? full : projectFields(full, fields) };
}

export function mfaUpdateSetting(ctx: PipelineContext): MockResponse {
  return otpSteps(ctx) ?? profileResponse(ctx);
}

export function mfaReAuthenticateByOTP(ctx: PipelineContext): MockResponse {
  return (
    otpSteps(ctx) ?? { status: 200, body: { SecondFactorValidationToken: randomUUID(), ExpireIn: iso(ctx.now + VALIDATION_TOKEN_TTL_MS) } }
  );
}
