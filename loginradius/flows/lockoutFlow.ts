/**
 * Brute-force lockout, end to end: wrong OTPs up to the tenant's threshold lock the account; while
 * locked even a valid OTP gets the lockout error of the tenant's type; a bad challenge is refused;
 * the type's unlock path (captcha, security answer, Suspend period) lets a valid OTP through again,
 * and the counter is back to zero afterwards.
 */
import type { Exchange } from '../../engine/transport/exchange.ts';
import { bodyField } from './exchangeFacts.ts';
import { expectAnswer } from './expectAnswer.ts';
import type { FlowContext, LockoutType } from './flowContext.ts';
import { freshOtpStep } from './freshOtpStep.ts';

const OP = 'mfaReAuthenticateByOTP';
export const LOCKOUT_CODES: Readonly<Record<LockoutType, number>> = { Suspend: 1198, Captcha: 1132, SecurityQuestion: 1148, Block: 991 };

/** A six-digit code that differs from every code the account accepts right now. */
function wrongOtp(valid: string): string {
  return valid
    .split('')
    .map((d) => String((Number(d) + 5) % 10))
    .join('');
}

export async function lockoutFlow(ctx: FlowContext): Promise<void> {
  try {
    await lockCycle(ctx);
  } finally {
    // Whatever happened above, a restorable account is left unlocked for the next run.
    await ctx.restore?.();
  }
}

async function lockCycle(ctx: FlowContext): Promise<void> {
  const { recorder, lockout } = ctx;
  const wrong = (otp: string) => ({ otp: wrongOtp(otp) });

  for (let attempt = 1; attempt <= lockout.threshold; attempt++) {
    await freshOtpStep(ctx, OP, { label: `wrong OTP ${attempt} of ${lockout.threshold}`, body: wrong, expectRejection: true });
  }
  const whileLocked = await freshOtpStep(ctx, OP, { label: 'valid OTP while locked', expectRejection: true });
  const lockedOk = expectAnswer(
    recorder,
    'lockout_enforcement',
    whileLocked,
    { status: 403, errorCode: LOCKOUT_CODES[lockout.type], note: `(${lockout.type} lockout)` },
    `Account not locked after ${lockout.threshold} wrong OTPs`,
    `a valid OTP after ${lockout.threshold} wrong ones`,
  );
  if (!lockedOk) return;

  switch (lockout.type) {
    case 'Captcha':
      await unlockWithChallenge(ctx, 'captcha');
      break;
    case 'SecurityQuestion':
      await unlockWithChallenge(ctx, 'securityanswer');
      break;
    case 'Suspend':
      await unlockBySuspendPeriod(ctx, whileLocked);
      break;
    case 'Block':
      await stayBlocked(ctx);
      return;
  }

  const afterwards = await freshOtpStep(ctx, OP, { label: 'one wrong OTP after unlocking', body: wrong, expectRejection: true });
  expectAnswer(
    recorder,
    'lockout_unlock',
    afterwards,
    { status: 403, errorCode: 1067 },
    'Failure counter not reset by unlocking',
    'one wrong OTP after a successful unlock',
  );
  await freshOtpStep(ctx, OP, { label: 'valid OTP (leaves the account clean)', expectRejection: false });
}

async function unlockWithChallenge(ctx: FlowContext, kind: 'captcha' | 'securityanswer'): Promise<void> {
  const { credentials, recorder } = ctx;
  const answers = credentials.securityAnswers ?? {};
  const captcha = credentials.captcha?.recaptchaResponse;
  if (kind === 'captcha' && !captcha)
    return recorder.skip('lockout_unlock', OP, 'no captcha test token configured (LR_RECAPTCHA_TEST_TOKEN)');
  if (kind === 'securityanswer' && Object.keys(answers).length === 0)
    return recorder.skip('lockout_unlock', OP, 'no security answers configured (LR_SECURITY_ANSWERS)');

  const wrongChallenge =
    kind === 'captcha'
      ? { 'g-recaptcha-response': 'not-a-valid-captcha-token' }
      : { securityanswer: Object.fromEntries(Object.keys(answers).map((id) => [id, 'definitely-not-the-answer'])) };
  const refused = await freshOtpStep(ctx, OP, {
    label: `valid OTP + wrong ${kind}`,
    body: (otp) => ({ otp, ...wrongChallenge }),
    expectRejection: true,
  });
  const wrongCode = kind === 'captcha' ? 982 : 1093;
  expectAnswer(
    recorder,
    'lockout_unlock',
    refused,
    { status: 403, errorCode: wrongCode },
    `Wrong ${kind} not refused`,
    `a valid OTP with a wrong ${kind}`,
  );

  const rightChallenge = kind === 'captcha' ? { 'g-recaptcha-response': captcha } : { securityanswer: answers };
  const unlocked = await freshOtpStep(ctx, OP, { label: `valid OTP + correct ${kind}`, body: (otp) => ({ otp, ...rightChallenge }) });
  expectAnswer(
    recorder,
    'lockout_unlock',
    unlocked,
    { status: 200 },
    `Correct ${kind} did not unlock`,
    `a valid OTP with the correct ${kind}`,
  );
}

async function unlockBySuspendPeriod(ctx: FlowContext, lockedExchange: Exchange): Promise<void> {
  const { recorder, lockout } = ctx;
  const data = bodyField(lockedExchange, 'Data') as Record<string, unknown> | undefined;
  const until = typeof data?.['LoginLockedTimeout'] === 'string' ? Date.parse(data['LoginLockedTimeout'] as string) : NaN;
  recorder.expect(
    'lockout_enforcement',
    lockedExchange,
    Number.isFinite(until) && until > (await ctx.now()),
    'Suspend lockout without a future Data.LoginLockedTimeout',
    `the 1198 answer carried LoginLockedTimeout ${JSON.stringify(data?.['LoginLockedTimeout'])}; expected a date-time in the future`,
  );
  if (!ctx.mock && ctx.restore) return unlockByAdmin(ctx);
  if (!ctx.mock) return recorder.skip('lockout_unlock', OP, `a real Suspend period (${lockout.suspendSeconds} s) is not waited out`);
  await ctx.mock.advance((lockout.suspendSeconds + 1) * 1000);
  const unlocked = await freshOtpStep(ctx, OP, { label: 'valid OTP after the Suspend period' });
  expectAnswer(
    recorder,
    'lockout_unlock',
    unlocked,
    { status: 200 },
    'Suspend period over but still locked',
    'a valid OTP after the Suspend period',
  );
}

async function stayBlocked(ctx: FlowContext): Promise<void> {
  const { recorder } = ctx;
  const blocked = await freshOtpStep(ctx, OP, { label: 'valid OTP on a blocked account', expectRejection: true });
  expectAnswer(
    recorder,
    'lockout_enforcement',
    blocked,
    { status: 403, errorCode: 991, note: 'until an admin unblocks it' },
    'Blocked account let a request through',
    'a valid OTP on a blocked account',
  );
  if (ctx.restore) await unlockByAdmin(ctx);
  else recorder.skip('lockout_unlock', OP, 'a Block lockout is lifted only by an administrator (set LR_API_SECRET and LR_UID)');
}

/** The administrator's unlock (account update API), then a valid OTP must pass again. */
async function unlockByAdmin(ctx: FlowContext): Promise<void> {
  await ctx.restore!();
  const unlocked = await freshOtpStep(ctx, OP, { label: 'valid OTP after the admin unlock', expectRejection: false });
  expectAnswer(
    ctx.recorder,
    'lockout_unlock',
    unlocked,
    { status: 200 },
    'Admin unlock did not unlock',
    'a valid OTP after the account update {IsLoginLocked:false, IsActive:true}',
  );
}
