/**
 * An OTP is single-use (1068 on reuse) and an OTP of an earlier step is expired (1069); a correct
 * OTP afterwards resets the failure counter, so the account is left as it was found.
 */
import { expectAnswer } from './expectAnswer.ts';
import { flowCase } from './flowCase.ts';
import type { FlowContext } from './flowContext.ts';
import { freshOtpStep } from './freshOtpStep.ts';

export async function otpSingleUseFlow(ctx: FlowContext): Promise<void> {
  const { contract, credentials, recorder } = ctx;
  const op = 'mfaReAuthenticateByOTP';
  await ctx.otp.withFreshOtp(async (otp) => {
    const first = await recorder.send(flowCase(contract, op, credentials, { label: 'fresh OTP', body: { otp } }));
    expectAnswer(recorder, 'otp_single_use', first, { status: 200 }, 'Fresh OTP refused', 'first use');
    const again = await recorder.send(
      flowCase(contract, op, credentials, { label: 'same OTP again', body: { otp }, expectRejection: true }),
    );
    expectAnswer(
      recorder,
      'otp_single_use',
      again,
      { status: 403, errorCode: 1068 },
      'Reused OTP not refused as used',
      'second use of the same OTP',
    );
    return first; // a first send that never arrived leaves the code unused
  });

  const old = ctx.otp.expiredCode(await ctx.now());
  if (old === undefined) return recorder.skip('otp_expiry', op, 'every recent step was used by this run; no unused earlier code to try');
  const expired = await recorder.send(
    flowCase(contract, op, credentials, { label: 'OTP of an earlier step', body: { otp: old }, expectRejection: true }),
  );
  expectAnswer(
    recorder,
    'otp_expiry',
    expired,
    { status: 403, errorCode: 1069 },
    'Expired OTP not refused as expired',
    'an OTP from two steps ago',
  );

  const reset = await freshOtpStep(ctx, op, { label: 'fresh OTP (resets the counter)' });
  expectAnswer(recorder, 'otp_expiry', reset, { status: 200 }, 'Fresh OTP refused after an expired one', '');
}
