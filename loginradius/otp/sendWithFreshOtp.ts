/**
 * Wraps a send so that a positive case carrying an OTP gets a fresh, unused code at send time
 * (a TOTP code is single-use per step). A code whose request never reached the target is freed.
 */
import type { Case } from '../../engine/case/case.ts';
import { hasJsonOtp, withOtp } from './withOtp.ts';
import type { Exchange } from '../../engine/transport/exchange.ts';
import type { FreshOtpSource } from './freshOtpSource.ts';

export function sendWithFreshOtp(send: (c: Case) => Promise<Exchange>, otp: FreshOtpSource): (c: Case) => Promise<Exchange> {
  return (c) =>
    c.label.kind === 'positive' && hasJsonOtp(c)
      ? otp.withFreshOtpIf(
          (code) => send(withOtp(c, code)),
          (exchange) => exchange.outcome.kind === 'response',
        )
      : send(c);
}
