/**
 * Laws of the request-field arbitraries: lockout fields (schema-valid kinds validate inside an
 * otp body, non-object securityanswer does not; kinds mean what they say), isVoiceOtp (the
 * validator agrees with each kind), smsTemplate2fa, duoRedirectUri and hostileString shapes.
 */
import { test, expect } from '@playwright/test';
import * as fc from 'fast-check';
import {
  duoRedirectUri,
  hostileString,
  isVoiceOtp,
  lockoutFieldsVariant,
  smsTemplate2fa,
  HOSTILE_KINDS,
  LOCKOUT_KINDS,
} from '../../../loginradius/index.ts';
import { credentials, validator } from '../../generators/generationFixture.ts';

test('lockout fields: schema validity and meaning per kind', () => {
  const seen = new Set<string>();
  const answers = Object.entries(credentials.securityAnswers ?? {});
  fc.assert(
    fc.property(lockoutFieldsVariant(credentials), ({ kind, value }) => {
      seen.add(kind);
      const ok = validator.validateRequestBody('mfaReAuthenticateByOTP', 'application/json', { otp: '123456', ...value }).ok;
      if (ok !== (kind !== 'securityanswer-non-object')) throw new Error(`${kind}: validator says ${ok}`);
      const sa = (kind.startsWith('securityanswer-') && kind !== 'securityanswer-non-object' ? value.securityanswer : undefined) as
        | Record<string, string>
        | undefined;
      const c = credentials.captcha!;
      const holds: Record<string, boolean> = {
        none: Object.keys(value).length === 0,
        'recaptcha-valid': value['g-recaptcha-response'] === c.recaptchaResponse,
        'recaptcha-invalid': typeof value['g-recaptcha-response'] === 'string' && value['g-recaptcha-response'] !== c.recaptchaResponse,
        'hcaptcha-valid': value['h-captcha-response'] === c.hcaptchaResponse,
        'hcaptcha-invalid': typeof value['h-captcha-response'] === 'string' && value['h-captcha-response'] !== c.hcaptchaResponse,
        'qq-paired-valid': value.qq_captcha_ticket === c.qqTicket && value.qq_captcha_randstr === c.qqRandstr,
        'qq-paired-invalid':
          typeof value.qq_captcha_randstr === 'string' &&
          typeof value.qq_captcha_ticket === 'string' &&
          value.qq_captcha_ticket !== c.qqTicket,
        'qq-ticket-only': 'qq_captcha_ticket' in value && !('qq_captcha_randstr' in value),
        'qq-randstr-only': 'qq_captcha_randstr' in value && !('qq_captcha_ticket' in value),
        'securityanswer-right': sa !== undefined && answers.some(([q, a]) => sa[q] === a),
        'securityanswer-wrong':
          sa !== undefined && Object.entries(sa).every(([q, a]) => answers.some(([id, right]) => id === q && right !== a)),
        'securityanswer-unknown-question': sa !== undefined && Object.keys(sa).every((q) => !answers.some(([id]) => id === q)),
        'securityanswer-empty': sa !== undefined && Object.keys(sa).length === 0,
        'securityanswer-non-object': 'securityanswer' in value,
      };
      if (!holds[kind]) throw new Error(`lockout kind ${kind} does not hold`);
    }),
    { numRuns: 500, seed: 1 },
  );
  expect([...seen].sort()).toEqual([...LOCKOUT_KINDS].sort());
});

test('isVoiceOtp: the validator accepts true/false/empty spellings and refuses every invalid one', () => {
  fc.assert(
    fc.property(isVoiceOtp(), ({ kind, value }) => {
      const ok = validator.validateParameter('mfaReAuthenticate', 'query', 'isvoiceotp', value).ok;
      if (ok !== (kind !== 'invalid')) throw new Error(`isvoiceotp ${kind} "${value}": validator ${ok}`);
      if (kind === 'invalid' && (value.trim() !== value || /^(true|false)$/i.test(value))) throw new Error('ambiguous invalid value');
    }),
    { numRuns: 400, seed: 2 },
  );
});

test('smsTemplate2fa values are valid parameters; duoRedirectUri kinds have their shapes', () => {
  fc.assert(
    fc.property(smsTemplate2fa(), ({ value }) => validator.validateParameter('mfaReAuthenticate', 'query', 'smstemplate2fa', value).ok),
    { numRuns: 200, seed: 3 },
  );
  const seen = new Set<string>();
  fc.assert(
    fc.property(duoRedirectUri(), ({ kind, value }) => {
      seen.add(kind);
      const absolute = URL.canParse(value);
      const holds =
        kind === 'valid-url'
          ? absolute && new URL(value).protocol === 'https:'
          : kind === 'relative'
            ? !absolute
            : kind === 'javascript'
              ? /^javascript:/i.test(value)
              : value.length > 2048 && value.length < 9 * 1024;
      return holds && validator.validateParameter('mfaReAuthenticate', 'query', 'duoredirecturi', value).ok;
    }),
    { numRuns: 300, seed: 4 },
  );
  expect(seen.size).toBe(4);
});

test('hostileString: every kind occurs and values stay under 9 KB', () => {
  const seen = new Set<string>();
  fc.assert(
    fc.property(hostileString(), ({ kind, value }) => {
      seen.add(kind);
      return (
        value.length > 0 &&
        value.length < 9 * 1024 &&
        (kind !== 'very-long' || value.length >= 1024) &&
        (kind !== 'control-chars' || /^[\u0000-\u001f]+$/.test(value))
      );
    }),
    { numRuns: 400, seed: 5 },
  );
  expect([...seen].sort()).toEqual([...HOSTILE_KINDS].sort());
});
