/**
 * Step 5 for the PUTs: the OTP itself. Updates the lockout counter: every failed OTP counts, a correct
 * one resets it (and clears a lock whose challenge was just passed).
 */
import { errorResponse } from '../http/errorCatalogue.ts';
import type { MockResponse } from '../http/mockTypes.ts';
import type { PipelineContext } from './pipelineContext.ts';

const FAILURES = { invalid: 'otpInvalid', used: 'otpUsed', expired: 'otpExpired' } as const;

/** undefined = OTP accepted. */
export function verifyOtpStep(ctx: PipelineContext, otp: string): MockResponse | undefined {
  const user = ctx.user!;
  let verdict = user.otp.verify(otp, ctx.now);
  if (verdict === 'invalid' && ctx.drift.behaviour.acceptWrongOtp) verdict = 'ok';
  if (verdict === 'ok') {
    user.recordSuccess();
    return undefined;
  }
  user.recordFailure(ctx.now);
  return errorResponse(FAILURES[verdict]);
}
