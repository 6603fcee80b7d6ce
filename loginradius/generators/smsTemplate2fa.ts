/**
 * `smstemplate2fa` values: plausible template names, empty (the vendor falls back to its default
 * template), and hostile strings. All are strings, so all are schema-valid.
 */
import * as fc from 'fast-check';
import { hostileString } from './hostileString.ts';
import type { Variant } from './variant.ts';

type SmsTemplate2faKind = 'plausible' | 'empty' | 'hostile';
export type SmsTemplate2faVariant = Variant<SmsTemplate2faKind, string>;

export function smsTemplate2fa(): fc.Arbitrary<SmsTemplate2faVariant> {
  return fc.oneof(
    fc
      .oneof(fc.constantFrom('default', 'SecondFactorAuthentication', 'mfa-template'), fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,30}$/))
      .map((value) => ({ kind: 'plausible' as const, value })),
    fc.constant({ kind: 'empty' as const, value: '' }),
    hostileString({ kinds: ['sql-injection', 'script', 'template', 'rtl', 'emoji', 'crlf'] }).map((h) => ({
      kind: 'hostile' as const,
      value: h.value,
    })),
  );
}
