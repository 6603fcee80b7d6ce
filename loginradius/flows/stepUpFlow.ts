/**
 * The happy path users integrate: trigger step-up, prove the OTP, receive the step-up token; and
 * the "Update MFA Setting" call returns the profile.
 */
import { expectAnswer } from './expectAnswer.ts';
import { flowCase } from './flowCase.ts';
import { bodyField, describeOutcome, statusOf } from './exchangeFacts.ts';
import type { FlowContext } from './flowContext.ts';

export async function stepUpFlow(ctx: FlowContext): Promise<void> {
  const { contract, credentials, recorder } = ctx;
  const trigger = await recorder.send(flowCase(contract, 'mfaReAuthenticate', credentials, { label: 'step-up trigger' }));
  expectAnswer(
    recorder,
    'step_up_flow',
    trigger,
    { status: 200, note: 'with the MFA settings' },
    'Step-up trigger refused',
    'GET reauth/2fa with a valid token',
  );

  const verified = await ctx.otp.withFreshOtp((otp) =>
    recorder.send(flowCase(contract, 'mfaReAuthenticateByOTP', credentials, { label: 'valid OTP', body: { otp } })),
  );
  const token = bodyField(verified, 'SecondFactorValidationToken');
  recorder.expect(
    'step_up_flow',
    verified,
    statusOf(verified) === 200 && typeof token === 'string' && token !== '',
    'Valid OTP did not yield a step-up token',
    `PUT reauth/2fa/otp with a fresh OTP answered ${describeOutcome(verified)}; expected 200 with SecondFactorValidationToken`,
  );

  const updated = await ctx.otp.withFreshOtp((otp) =>
    recorder.send(flowCase(contract, 'mfaUpdateSetting', credentials, { label: 'valid OTP', body: { otp } })),
  );
  recorder.expect(
    'step_up_flow',
    updated,
    statusOf(updated) === 200 && typeof bodyField(updated, 'Uid') === 'string',
    'Valid OTP did not update the MFA setting',
    `PUT 2fa/verification/otp with a fresh OTP answered ${describeOutcome(updated)}; expected 200 with the profile`,
  );
}
