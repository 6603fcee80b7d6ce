/**
 * Brute-force lockout, end to end: wrong OTPs up to the tenant's threshold lock the account; while
 * locked even a valid OTP gets the lockout error of the tenant's type; a bad challenge is refused;
 * the type's unlock path (captcha, security answer, Suspend period) lets a valid OTP through again,
 * and the counter is back to zero afterwards.
 */
import type { Case } from '../../engine/case/case.ts';
import type { Exchange } from '../../engine/transport/exchange.ts';
import { flowCase } from './flowCase.ts';
import { bodyField, describeOutcome, errorCodeOf, statusOf } from './exchangeFacts.ts';
import type { FlowContext, LockoutType } from './flowContext.ts';

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
  const { contract, credentials, recorder, lockout } = ctx;
  const expectedCode = LOCKOUT_CODES[lockout.type];
  const put = (label: string, body: Record<string, unknown>, expectRejection: boolean): Case =>
    flowCase(contract, OP, credentials, { label, body, expectRejection });

  for (let attempt = 1; attempt <= lockout.threshold; attempt++) {
    await ctx.otp.withFreshOtp((otp) => recorder.send(put(`wrong OTP ${attempt} of ${lockout.threshold}`, { otp: wrongOtp(otp) }, true)));
  }
  const whileLocked = await ctx.otp.withFreshOtp((otp) => recorder.send(put('valid OTP while locked', { otp }, true)));
  const lockedOk = recorder.expect(
    'lockout_enforcement',
    whileLocked,
    statusOf(whileLocked) === 403 && errorCodeOf(whileLocked) === expectedCode,
    `Account not locked after ${lockout.threshold} wrong OTPs`,
    `a valid OTP after ${lockout.threshold} wrong ones answered ${describeOutcome(whileLocked)}; expected 403 ErrorCode ${expectedCode} (${lockout.type} lockout)`,
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

  const afterwards = await ctx.otp.withFreshOtp((otp) => recorder.send(put('one wrong OTP after unlocking', { otp: wrongOtp(otp) }, true)));
  recorder.expect(
    'lockout_unlock',
    afterwards,
    statusOf(afterwards) === 403 && errorCodeOf(afterwards) === 1067,
    'Failure counter not reset by unlocking',
    `one wrong OTP after a successful unlock answered ${describeOutcome(afterwards)}; expected 403 ErrorCode 1067`,
  );
  await ctx.otp.withFreshOtp((otp) => recorder.send(put('valid OTP (leaves the account clean)', { otp }, false)));
}

async function unlockWithChallenge(ctx: FlowContext, kind: 'captcha' | 'securityanswer'): Promise<void> {
  const { contract, credentials, recorder } = ctx;
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
  const refused = await ctx.otp.withFreshOtp((otp) =>
    recorder.send(
      flowCase(contract, OP, credentials, { label: `valid OTP + wrong ${kind}`, body: { otp, ...wrongChallenge }, expectRejection: true }),
    ),
  );
  const wrongCode = kind === 'captcha' ? 982 : 1093;
  recorder.expect(
    'lockout_unlock',
    refused,
    statusOf(refused) === 403 && errorCodeOf(refused) === wrongCode,
    `Wrong ${kind} not refused`,
    `a valid OTP with a wrong ${kind} answered ${describeOutcome(refused)}; expected 403 ErrorCode ${wrongCode}`,
  );

  const rightChallenge = kind === 'captcha' ? { 'g-recaptcha-response': captcha } : { securityanswer: answers };
  const unlocked = await ctx.otp.withFreshOtp((otp) =>
    recorder.send(flowCase(contract, OP, credentials, { label: `valid OTP + correct ${kind}`, body: { otp, ...rightChallenge } })),
  );
  recorder.expect(
    'lockout_unlock',
    unlocked,
    statusOf(unlocked) === 200,
    `Correct ${kind} did not unlock`,
    `a valid OTP with the correct ${kind} answered ${describeOutcome(unlocked)}; expected 200`,
  );
}

async function unlockBySuspendPeriod(ctx: FlowContext, lockedExchange: Exchange): Promise<void> {
  const { contract, credentials, recorder, lockout } = ctx;
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
  const unlocked = await ctx.otp.withFreshOtp((otp) =>
    recorder.send(flowCase(contract, OP, credentials, { label: 'valid OTP after the Suspend period', body: { otp } })),
  );
  recorder.expect(
    'lockout_unlock',
    unlocked,
    statusOf(unlocked) === 200,
    'Suspend period over but still locked',
    `a valid OTP after the Suspend period answered ${describeOutcome(unlocked)}; expected 200`,
  );
}

async function stayBlocked(ctx: FlowContext): Promise<void> {
  const { contract, credentials, recorder } = ctx;
  const blocked = await ctx.otp.withFreshOtp((otp) =>
    recorder.send(flowCase(contract, OP, credentials, { label: 'valid OTP on a blocked account', body: { otp }, expectRejection: true })),
  );
  recorder.expect(
    'lockout_enforcement',
    blocked,
    statusOf(blocked) === 403 && errorCodeOf(blocked) === 991,
    'Blocked account let a request through',
    `a valid OTP on a blocked account answered ${describeOutcome(blocked)}; expected 403 ErrorCode 991 until an admin unblocks it`,
  );
  if (ctx.restore) await unlockByAdmin(ctx);
  else if (ctx.mock) await ctx.mock.reset();
  else recorder.skip('lockout_unlock', OP, 'a Block lockout is lifted only by an administrator (set LR_API_SECRET and LR_UID)');
}

/** The administrator's unlock (account update API), then a valid OTP must pass again. */
async function unlockByAdmin(ctx: FlowContext): Promise<void> {
  const { contract, credentials, recorder } = ctx;
  await ctx.restore!();
  const unlocked = await ctx.otp.withFreshOtp((otp) =>
    recorder.send(
      flowCase(contract, OP, credentials, { label: 'valid OTP after the admin unlock', body: { otp }, expectRejection: false }),
    ),
  );
  recorder.expect(
    'lockout_unlock',
    unlocked,
    statusOf(unlocked) === 200,
    'Admin unlock did not unlock',
    `a valid OTP after the account update {IsLoginLocked:false, IsActive:true} answered ${describeOutcome(unlocked)}; expected 200`,
  );
}
