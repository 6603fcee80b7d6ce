/**
 * Step 4: the lockout gate. Unlocked accounts pass (lockout fields are ignored). Locked ones answer
 * the tenant type's error unless the request carries the type's challenge: Captcha needs a valid
 * captcha (982/1218 when invalid), SecurityQuestion correct answers (1093/1094); Suspend waits its
 * period (1198 + Data.LoginLockedTimeout); Block never passes (991).
 */
import { errorResponse } from '../http/errorCatalogue.ts';
import { lockedError } from './credentials/lockedError.ts';
import type { MockResponse } from '../http/mockTypes.ts';
import type { OtpBody } from './parseOtpBody.ts';
import type { PipelineContext } from './pipelineContext.ts';

function captchaChallenge(ctx: PipelineContext, body: OtpBody): MockResponse | undefined {
  const tokens = ctx.user!.tenant.captchaTestTokens;
  const { recaptcha, hcaptcha, qqTicket, qqRandstr } = body;
  if (recaptcha === undefined && hcaptcha === undefined && qqTicket === undefined && qqRandstr === undefined)
    return errorResponse('lockedCaptcha');
  if (recaptcha !== undefined && recaptcha !== tokens.recaptcha) return errorResponse('captchaInvalid');
  if (hcaptcha !== undefined && hcaptcha !== tokens.hcaptcha) return errorResponse('captchaInvalid');
  if (qqTicket !== undefined || qqRandstr !== undefined) {
    if (qqTicket !== tokens.qqTicket || qqRandstr !== tokens.qqRandstr) return errorResponse('qqCaptchaInvalid');
  }
  return undefined;
}

function securityChallenge(ctx: PipelineContext, body: OtpBody): MockResponse | undefined {
  const given = Object.entries(body.securityAnswer ?? {});
  if (given.length === 0) return errorResponse('lockedSecurityQuestion');
  for (const [id, answer] of given) {
    const expected = ctx.user!.answers.get(id.toLowerCase());
    if (expected === undefined) return errorResponse('securityQuestionUnknown');
    if (expected !== answer) return errorResponse('securityAnswerWrong');
  }
  return undefined;
}

/** `body` is undefined for the GET trigger: a locked account then always gets its lockout error. */
export function lockoutGate(ctx: PipelineContext, body?: OtpBody): MockResponse | undefined {
  const user = ctx.user!;
  if (!ctx.drift.behaviour.enforceLockout) return undefined;
  const locked = lockedError(user, ctx.now);
  if (locked === undefined || body === undefined) return locked;
  if (user.policy.type === 'Captcha') return captchaChallenge(ctx, body);
  if (user.policy.type === 'SecurityQuestion') return securityChallenge(ctx, body);
  return locked;
}
