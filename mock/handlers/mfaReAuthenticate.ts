/**
 * GET /identity/v2/auth/account/reauth/2fa — the step-up trigger. Answers the full L2T-style MFA
 * settings set (reference §5.1/§9); the SMS "send" is implicit (the OTP is the user's TOTP).
 */
import { randomUUID } from 'node:crypto';
import { errorResponse } from '../http/errorCatalogue.ts';
import { lockoutGate } from './lockoutGate.ts';
import { iso } from './pipelineContext.ts';
import type { MockResponse } from '../http/mockTypes.ts';
import type { UserFixture } from '../fixtures/fixtureTypes.ts';
import type { PipelineContext } from './pipelineContext.ts';

/** How long the SecondFactorAuthenticationToken lives. */
const TRIGGER_TOKEN_TTL_MS = 10 * 60_000;

const mask = (text: string, keepStart: number, keepEnd: number): string =>
  text.slice(0, keepStart) + '*'.repeat(Math.max(0, text.length - keepStart - keepEnd)) + text.slice(text.length - keepEnd);

function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${mask(local, 1, 1)}@${mask(domain, 1, 4)}`;
}

/** Everything after the two per-request fields, serialised once per user. */
const staticTail = new WeakMap<UserFixture, string>();

function settingsTail(user: UserFixture): string {
  let tail = staticTail.get(user);
  if (tail === undefined) {
    const rest = {
      QRCode: null,
      PushQRCode: null,
      ManualEntryCode: null,
      DuoAuthEndpoint: null,
      IsGoogleAuthenticatorVerified: false,
      IsAuthenticatorVerified: false,
      IsOTPAuthenticatorVerified: true,
      IsEmailOtpAuthenticatorVerified: false,
      IsSecurityQuestionAuthenticatorVerified: user.securityQuestions.length > 0,
      IsPushDeviceRegistered: false,
      IsDuoAuthenticatorVerified: false,
      IsPasskeyAuthenticatorVerified: false,
      OTPPhoneNo: mask(user.phone, 2, 2),
      OTPStatus: { AccountSid: `AC${user.uid}`, Sid: `SM${user.uid.split('').reverse().join('')}` },
      Email: [maskEmail(user.email)],
      EmailOTPStatus: null,
      SecurityQuestions: user.securityQuestions.map((q) => ({ QuestionId: q.questionId, Question: q.question })),
    };
    tail = JSON.stringify(rest).slice(1);
    staticTail.set(user, tail);
  }
  return tail;
}

function isVoiceOtpCheck(ctx: PipelineContext): MockResponse | undefined {
  const raw = ctx.request.query.get('isvoiceotp');
  if (raw === undefined || raw === '') return undefined;
  const value = raw.toLowerCase();
  if (value !== 'true' && value !== 'false') return errorResponse('isVoiceOtpInvalid');
  if (value === 'true' && !ctx.tenant!.voiceOtpEnabled) return errorResponse('voiceOtpDisabled');
  return undefined;
}

export function mfaReAuthenticate(ctx: PipelineContext): MockResponse {
  const shape = isVoiceOtpCheck(ctx);
  if (shape) return shape;
  const locked = lockoutGate(ctx);
  if (locked) return locked;
  const user = ctx.user!.fixture;
  const token = randomUUID();
  const expireIn = iso(ctx.now + TRIGGER_TOKEN_TTL_MS);
  const json = `{"SecondFactorAuthenticationToken":"${token}","ExpireIn":"${expireIn}",${settingsTail(user)}`;
  // `body` is built lazily by drift transforms only; JSON.parse keeps them exact and off the hot path.
  return {
    status: 200,
    json,
    get body() {
      return JSON.parse(json);
    },
  } as MockResponse;
}
