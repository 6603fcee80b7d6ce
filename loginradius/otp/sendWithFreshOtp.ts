/**
 * Wraps a send so that a positive case carrying an OTP gets a fresh, unused code at send time
 * (a TOTP code is single-use per step), drawn from the account pool: the case is then sent as the
 * account whose code it carries. A code whose request never reached the target is freed.
 */
import type { Case } from '../../engine/case/case.ts';
import { hasJsonOtp, withOtp } from './withOtp.ts';
import type { Exchange } from '../../engine/transport/exchange.ts';
import type { OtpAccountPool } from './otpAccountPool.ts';
import type { TargetCredentials } from '../credentials/credentials.ts';
import { withAccount } from '../credentials/withAccount.ts';

export function sendWithFreshOtp(
  send: (c: Case) => Promise<Exchange>,
  pool: OtpAccountPool,
  generatedAs: TargetCredentials,
): (c: Case) => Promise<Exchange> {
  return (c) =>
    c.label.kind === 'positive' && hasJsonOtp(c)
      ? pool.withFreshOtpIf(
          (code, account) => send(withAccount(withOtp(c, code), generatedAs, account.credentials, account.label)),
          (exchange) => exchange.outcome.kind === 'response',
        )
      : send(c);
}
