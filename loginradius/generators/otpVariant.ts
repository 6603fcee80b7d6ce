/**
 * OTP values of every kind the vendor distinguishes. The code is computed when a value is drawn,
 * from `clock()` at that moment (so a fixed clock gives reproducible values).
 * - valid: the current step's code; reused: the same code, for flows that send it a second time
 *   after it was accepted (→ 1068); expired-window: the code of an older step inside the vendor's
 *   300 s memory (2..9 steps back, → 1069), never equal to a code the window still accepts.
 * - wrong-digits / wrong-length / non-digits / unicode-digits / spaces: all → 1067.
 */
import * as fc from 'fast-check';
import { totpCode, totpStep } from '../otp/totpCode.ts';
import type { Variant } from './variant.ts';

export const OTP_KINDS = [
  'valid',
  'reused',
  'expired-window',
  'wrong-digits',
  'wrong-length',
  'non-digits',
  'unicode-digits',
  'spaces',
] as const;
export type OtpKind = (typeof OTP_KINDS)[number];
export type OtpVariant = Variant<OtpKind, string>;

/** Zero of digit scripts `\d`-like parsers might accept: fullwidth, Arabic-Indic, Devanagari, Bengali, Thai, maths bold. */
const DIGIT_ZEROS = [0xff10, 0x0660, 0x0966, 0x09e6, 0x0e50, 0x1d7ce];
const WHITESPACE = [' ', '  ', '\t', '\n', '\u00a0', '\r\n'];

// Built once: a stringMatching arbitrary costs milliseconds to build, and a run builds this one per case.
const SIX_DIGITS = fc.stringMatching(/^[0-9]{6}$/);
const TOO_FEW_DIGITS = fc.stringMatching(/^[0-9]{1,5}$/);
const TOO_MANY_DIGITS = fc.stringMatching(/^[0-9]{7,10}$/);

let lastKnown: { secret: string; step: number; codes: Set<string> } | undefined;

/** Codes the vendor would accept or answer 1069 for (steps -10..+1): never "wrong". Cached per step. */
function knownCodes(secret: string, now: number): Set<string> {
  const step = totpStep(now);
  if (lastKnown !== undefined && lastKnown.secret === secret && lastKnown.step === step) return lastKnown.codes;
  const codes = new Set<string>();
  for (let offset = -10; offset <= 1; offset++) codes.add(totpCode(secret, now, offset));
  lastKnown = { secret, step, codes };
  return codes;
}

export interface OtpVariantOptions {
  readonly secret: string;
  readonly clock: () => number;
  /** Which kinds to draw. @defaultValue all of OTP_KINDS */
  readonly kinds?: readonly OtpKind[];
}

function kindArbitrary(kind: OtpKind, secret: string, clock: () => number): fc.Arbitrary<OtpVariant> {
  const current = fc.constant(null).map(() => totpCode(secret, clock()));
  const tag = (value: string): OtpVariant => ({ kind, value });
  switch (kind) {
    case 'valid':
    case 'reused':
      return current.map(tag);
    case 'expired-window':
      return fc
        .integer({ min: 2, max: 9 })
        .map((back) => {
          const now = clock();
          const inWindow = [-1, 0, 1].map((o) => totpCode(secret, now, o));
          const code = totpCode(secret, now, -back);
          return inWindow.includes(code) ? null : tag(code);
        })
        .filter((v): v is OtpVariant => v !== null);
    case 'wrong-digits':
      return SIX_DIGITS.filter((c) => !knownCodes(secret, clock()).has(c)).map(tag);
    case 'wrong-length':
      return fc.oneof(TOO_FEW_DIGITS, TOO_MANY_DIGITS).map(tag);
    case 'non-digits':
      return fc
        .tuple(current, fc.nat({ max: 5 }), fc.constantFrom('a', 'O', 'l', 'x', '-', '.', '+', '#', 'é'))
        .map(([code, at, ch]) => tag(code.slice(0, at) + ch + code.slice(at + 1)));
    case 'unicode-digits':
      return fc
        .tuple(current, fc.constantFrom(...DIGIT_ZEROS))
        .map(([code, zero]) => tag([...code].map((d) => String.fromCodePoint(zero + Number(d))).join('')));
    case 'spaces':
      return fc
        .tuple(current, fc.constantFrom('', ...WHITESPACE), fc.constantFrom('', ...WHITESPACE))
        .filter(([, before, after]) => before + after !== '')
        .map(([code, before, after]) => tag(before + code + after));
  }
}

export function otpVariant(options: OtpVariantOptions): fc.Arbitrary<OtpVariant> {
  const kinds = options.kinds ?? OTP_KINDS;
  const unknown = kinds.filter((k) => !(OTP_KINDS as readonly string[]).includes(k));
  if (kinds.length === 0 || unknown.length > 0)
    throw new Error(`otpVariant: kinds must be a non-empty subset of ${OTP_KINDS.join(', ')} (got ${JSON.stringify(kinds)}).`);
  return fc.oneof(...kinds.map((k) => kindArbitrary(k, options.secret, options.clock)));
}
