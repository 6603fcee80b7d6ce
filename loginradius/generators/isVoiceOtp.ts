/**
 * `isvoiceotp` raw query values by kind. The vendor parses booleans case-insensitively and
 * treats an empty value as absent. `invalid` values avoid whitespace-padded booleans, which
 * .NET's bool.Parse would accept, so they are unambiguously not booleans.
 */
import * as fc from 'fast-check';
import type { Variant } from './variant.ts';

export type IsVoiceOtpKind = 'false' | 'true' | 'empty' | 'invalid';
export type IsVoiceOtpVariant = Variant<IsVoiceOtpKind, string>;

export const falseSpellings = fc.constantFrom('false', 'False', 'FALSE', 'fAlSe');
export const trueSpellings = fc.constantFrom('true', 'True', 'TRUE', 'tRuE');
export const notABoolean: fc.Arbitrary<string> = fc
  .oneof(
    fc.constantFrom('1', '0', 'yes', 'no', 'on', 'off', 'tru', 'fals', 'truee', 'null', 't', 'f', '"true"', 'true,false', '-1'),
    fc.stringMatching(/^[a-z0-9]{1,8}$/),
  )
  .filter((v) => !['true', 'false'].includes(v.toLowerCase()));

export function isVoiceOtp(options: { readonly kinds?: readonly IsVoiceOtpKind[] } = {}): fc.Arbitrary<IsVoiceOtpVariant> {
  const byKind: Record<IsVoiceOtpKind, fc.Arbitrary<string>> = {
    false: falseSpellings,
    true: trueSpellings,
    empty: fc.constant(''),
    invalid: notABoolean,
  };
  const kinds = options.kinds ?? (Object.keys(byKind) as IsVoiceOtpKind[]);
  if (kinds.length === 0) throw new Error('isVoiceOtp: kinds must be a non-empty subset of false, true, empty, invalid.');
  return fc.oneof(...kinds.map((kind) => byKind[kind].map((value): IsVoiceOtpVariant => ({ kind, value }))));
}
