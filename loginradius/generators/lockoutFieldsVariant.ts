/**
 * Body fields that unlock a locked account, by kind. When the account is not locked the vendor
 * ignores them, so every schema-valid kind may ride along in a positive case; `securityanswer`
 * of a non-object type is schema-invalid (→ 1134) and flagged by `schemaValid: false`.
 * Right answers / test-mode captcha tokens exist only when the credentials provide them.
 */
import * as fc from 'fast-check';
import type { TargetCredentials } from '../credentials/credentials.ts';
import type { Variant } from './variant.ts';

export const LOCKOUT_KINDS = [
  'none',
  'recaptcha-valid',
  'recaptcha-invalid',
  'hcaptcha-valid',
  'hcaptcha-invalid',
  'qq-paired-valid',
  'qq-paired-invalid',
  'qq-ticket-only',
  'qq-randstr-only',
  'securityanswer-right',
  'securityanswer-wrong',
  'securityanswer-unknown-question',
  'securityanswer-empty',
  'securityanswer-non-object',
] as const;
export type LockoutKind = (typeof LOCKOUT_KINDS)[number];
export type LockoutFieldsVariant = Variant<LockoutKind, Readonly<Record<string, unknown>>>;

/** Kinds whose fields validate against the request schema (strings / string→string map). */
export const SCHEMA_VALID_LOCKOUT_KINDS: readonly LockoutKind[] = LOCKOUT_KINDS.filter((k) => k !== 'securityanswer-non-object');

const token = fc.stringMatching(/^[A-Za-z0-9_-]{8,40}$/);
const questionId = fc.stringMatching(/^[0-9a-f]{32}$/);

export function lockoutFieldsVariant(
  credentials: TargetCredentials,
  options: { readonly kinds?: readonly LockoutKind[] } = {},
): fc.Arbitrary<LockoutFieldsVariant> {
  const c = credentials.captcha ?? {};
  const answers = Object.entries(credentials.securityAnswers ?? {});
  const firstAnswer = answers[0];
  const all: Record<LockoutKind, fc.Arbitrary<Record<string, unknown>> | undefined> = {
    none: fc.constant({}),
    'recaptcha-valid': c.recaptchaResponse === undefined ? undefined : fc.constant({ 'g-recaptcha-response': c.recaptchaResponse }),
    'recaptcha-invalid': token.filter((t) => t !== c.recaptchaResponse).map((t) => ({ 'g-recaptcha-response': t })),
    'hcaptcha-valid': c.hcaptchaResponse === undefined ? undefined : fc.constant({ 'h-captcha-response': c.hcaptchaResponse }),
    'hcaptcha-invalid': token.filter((t) => t !== c.hcaptchaResponse).map((t) => ({ 'h-captcha-response': t })),
    'qq-paired-valid':
      c.qqTicket === undefined || c.qqRandstr === undefined
        ? undefined
        : fc.constant({ qq_captcha_ticket: c.qqTicket, qq_captcha_randstr: c.qqRandstr }),
    'qq-paired-invalid': fc
      .tuple(token, token)
      .filter(([t]) => t !== c.qqTicket)
      .map(([t, r]) => ({ qq_captcha_ticket: t, qq_captcha_randstr: r })),
    'qq-ticket-only': fc
      .constant(c.qqTicket)
      .chain((t) => (t === undefined ? token : fc.constant(t)))
      .map((t) => ({ qq_captcha_ticket: t })),
    'qq-randstr-only': fc
      .constant(c.qqRandstr)
      .chain((r) => (r === undefined ? token : fc.constant(r)))
      .map((r) => ({ qq_captcha_randstr: r })),
    'securityanswer-right': firstAnswer === undefined ? undefined : fc.constant({ securityanswer: { [firstAnswer[0]]: firstAnswer[1] } }),
    'securityanswer-wrong':
      firstAnswer === undefined
        ? undefined
        : fc
            .string({ minLength: 1, maxLength: 20 })
            .filter((a) => a !== firstAnswer[1])
            .map((a) => ({ securityanswer: { [firstAnswer[0]]: a } })),
    'securityanswer-unknown-question': fc
      .tuple(questionId, fc.string({ minLength: 1, maxLength: 20 }))
      .filter(([q]) => !answers.some(([id]) => id.toLowerCase() === q))
      .map(([q, a]) => ({ securityanswer: { [q]: a } })),
    'securityanswer-empty': fc.constant({ securityanswer: {} }),
    'securityanswer-non-object': fc.constantFrom<unknown>('answer', 42, true, null, ['a']).map((v) => ({ securityanswer: v })),
  };
  const available = LOCKOUT_KINDS.filter((k) => all[k] !== undefined);
  const kinds = options.kinds?.filter((k) => available.includes(k)) ?? available;
  if (kinds.length === 0)
    throw new Error(
      `lockoutFieldsVariant: none of ${JSON.stringify(options.kinds)} is available with these credentials; choose from ${available.join(', ')}.`,
    );
  return fc.oneof(
    ...kinds.map((kind) => (all[kind] as fc.Arbitrary<Record<string, unknown>>).map((value): LockoutFieldsVariant => ({ kind, value }))),
  );
}
