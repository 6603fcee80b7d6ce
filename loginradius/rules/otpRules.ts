/**
 * The OTP rules: the body's `otp` replaced by a code the vendor refuses. `wrong-otp` draws wrong
 * digits, wrong length, non-digits, unicode digits and padded codes (→ 403 1067); `stale-otp`
 * (an addition to the brief's list) sends the code of a step 2–9 periods back, inside the vendor's
 * 300 s memory (→ 403 1069). Both are computed from ctx.clock when drawn.
 */
import type { LoginRadiusRule } from './loginRadiusRule.ts';
import { otpVariant, type OtpKind } from '../generators/otpVariant.ts';
import { verifiesOtp } from '../otp/verifiesOtp.ts';
import { withBodyKey } from '../../generators/negative/bodyEdits.ts';

function otpRule(name: string, kinds: readonly OtpKind[], expected: string): LoginRadiusRule {
  return {
    name,
    family: 'domain',
    expected,
    sendsWrongOtp: true,
    applies: (op, ctx) => verifiesOtp(op, ctx.contract),
    mutation: (_op, ctx) =>
      otpVariant({ secret: ctx.credentials.totpSecret, clock: ctx.clock, kinds }).map((v) => ({
        detail: `otp: ${v.kind}`,
        apply: (c) => withBodyKey(c, 'otp', v.value),
      })),
  };
}

export const wrongOtp = otpRule('wrong-otp', ['wrong-digits', 'wrong-length', 'non-digits', 'unicode-digits', 'spaces'], '403 / 1067');
export const staleOtp = otpRule('stale-otp', ['expired-window'], '403 / 1069');
