/**
 * An OTP is single-use (1068 on reuse) and an OTP of an earlier step is expired (1069); a correct
 * OTP afterwards resets the failure counter, so the account is left as it was found.
 */
import { flowCase } from './flowCase.ts';
import { describeOutcome, errorCodeOf, statusOf } from './exchangeFacts.ts';
import type { FlowContext } from './flowContext.ts';

export async function otpSingleUseFlow(ctx: FlowContext): Promise<void> {
  const { contract, credentials, recorder } = ctx;
  const op = 'mfaReAuthenticateByOTP';
  await ctx.otp.withFreshOtp(async (otp) => {
    const first = await recorder.send(flowCase(contract, op, credentials, { label: 'fresh OTP', body: { otp } }));
    recorder.expect(
      'otp_single_use',
      first,
      statusOf(first) === 200,
      'Fresh OTP refused',
      `first use answered ${describeOutcome(first)}; expected 200`,
    );
    const again = await recorder.send(
      flowCase(contract, op, credentials, { label: 'same OTP again', body: { otp }, expectRejection: true }),
    );
    recorder.expect(
      'otp_single_use',
      again,
      statusOf(again) === 403 && errorCodeOf(again) === 1068,
      'Reused OTP not refused as used',
      `second use of the same OTP answered ${describeOutcome(again)}; expected 403 ErrorCode 1068`,
    );
    return first; // a first send that never arrived leaves the code unused
  });

  const old = ctx.otp.expiredCode(await ctx.now());
  if (old === undefined) return recorder.skip('otp_expiry', op, 'every recent step was used by this run; no unused earlier code to try');
  const expired = await recorder.send(
    flowCase(contract, op, credentials, { label: 'OTP of an earlier step', body: { otp: old }, expectRejection: true }),
  );
  recorder.expect(
    'otp_expiry',
    expired,
    statusOf(expired) === 403 && errorCodeOf(expired) === 1069,
    'Expired OTP not refused as expired',
    `an OTP from two steps ago answered ${describeOutcome(expired)}; expected 403 ErrorCode 1069`,
  );

  const reset = await ctx.otp.withFreshOtp((otp) =>
    recorder.send(flowCase(contract, op, credentials, { label: 'fresh OTP (resets the counter)', body: { otp } })),
  );
  recorder.expect(
    'otp_expiry',
    reset,
    statusOf(reset) === 200,
    'Fresh OTP refused after an expired one',
    `answered ${describeOutcome(reset)}; expected 200`,
  );
}
