import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import { createRedactor } from '../../../engine/redaction/createRedactor.ts';
import type { Case } from '../../../engine/case/case.ts';
import { LOGINRADIUS_SECRET_KEYS } from '../../../loginradius/credentials/secretKeys.ts';

const API_KEY = 'c0ffee00-1111-4222-8333-444455556666';
const TOKEN = 'tok/en+with spaces&"quotes"';
const r = createRedactor({ secretKeys: LOGINRADIUS_SECRET_KEYS, secrets: [API_KEY, TOKEN] });

test.describe('createRedactor', () => {
  test('text: hides configured secrets as is, URL-encoded, form-encoded and JSON-escaped', () => {
    const forms = [TOKEN, encodeURIComponent(TOKEN), encodeURIComponent(TOKEN).replace(/%20/g, '+'), JSON.stringify(TOKEN).slice(1, -1)];
    for (const form of forms) {
      const out = r.text(`before ${form} after`);
      expect(out).toBe('before [REDACTED] after');
    }
    // Case-insensitive: a GUID key upper-cased (the vendor matches keys case-insensitively) and %2f vs %2F.
    expect(r.text(API_KEY.toUpperCase())).toBe('[REDACTED]');
    expect(r.text(encodeURIComponent(TOKEN).toLowerCase())).toBe('[REDACTED]');
  });

  test('text: hides values of secret-named query parameters, JSON members and headers, and Bearer tokens', () => {
    expect(r.text('/x?apikey=zzz&fields=a&Access_Token=qq')).toBe('/x?apikey=[REDACTED]&fields=a&Access_Token=[REDACTED]');
    expect(r.text('{"otp":"123456","isvoiceotp":"true","Description":"ok"}')).toBe(
      '{"otp":"[REDACTED]","isvoiceotp":"true","Description":"ok"}',
    );
    expect(r.text('X-LoginRadius-ApiSecret: hunter22\nAccept: */*')).toBe('X-LoginRadius-ApiSecret: [REDACTED]\nAccept: */*');
    expect(r.text('sent Bearer abc.def-ghi to the API')).toBe('sent Bearer [REDACTED] to the API');
  });

  test('value: deep copy hides every value under secret-like keys, whole subtrees included, without mutating', () => {
    const input = {
      Otp: 123456,
      securityanswer: { q1: 'my first pet', q2: ['x'] },
      'g-recaptcha-response': 'r',
      qq_captcha_ticket: 't',
      qq_captcha_randstr: 's',
      'h-captcha-response': 'h',
      nested: [{ access_token: 'a', password: 'p', SecondFactorValidationToken: 'v', keep: 'visible' }],
      Authorization: 'Bearer abc',
      note: `contains ${API_KEY}`,
      embedded: '{"otp":"654321"}',
      isvoiceotp: true,
    };
    const copy = structuredClone(input);
    const out = r.value(input);
    expect(input).toEqual(copy);
    expect(out).toEqual({
      Otp: '[REDACTED]',
      securityanswer: { q1: '[REDACTED]', q2: ['[REDACTED]'] },
      'g-recaptcha-response': '[REDACTED]',
      qq_captcha_ticket: '[REDACTED]',
      qq_captcha_randstr: '[REDACTED]',
      'h-captcha-response': '[REDACTED]',
      nested: [{ access_token: '[REDACTED]', password: '[REDACTED]', SecondFactorValidationToken: '[REDACTED]', keep: 'visible' }],
      Authorization: 'Bearer [REDACTED]',
      note: 'contains [REDACTED]',
      embedded: '{"otp":"[REDACTED]"}',
      isvoiceotp: true,
    });
  });

  test('value: cycles are cut, not followed forever, under secret keys or not', () => {
    const loop: Record<string, unknown> = { name: 'x' };
    loop['self'] = loop;
    loop['otp'] = loop;
    const out = r.value(loop) as Record<string, unknown>;
    expect(out['self']).toBe('[Circular]');
    expect(out['otp']).toBe('[Circular]');
    const inner: Record<string, unknown> = { a: 'secret answer' };
    inner['me'] = inner;
    expect(r.value({ otp: inner })).toEqual({ otp: { a: '[REDACTED]', me: '[Circular]' } });
  });

  test('value: null, booleans and empty strings under secret keys stay (they leak nothing and explain negative cases)', () => {
    expect(r.value({ otp: '', token: null, secret: false })).toEqual({ otp: '', token: null, secret: false });
  });

  test('headers: hides secret-named headers, keeps the auth scheme, and scans the others', () => {
    expect(
      r.headers({ Authorization: 'bearer xyz', 'X-LoginRadius-ApiSecret': 's', 'X-Other': `k=${API_KEY}`, Accept: 'application/json' }),
    ).toEqual({
      Authorization: 'bearer [REDACTED]',
      'X-LoginRadius-ApiSecret': '[REDACTED]',
      'X-Other': 'k=[REDACTED]',
      Accept: 'application/json',
    });
  });

  test('authorization: a bare scheme word is kept, a bare credential (no scheme) is hidden', () => {
    expect(r.headers({ Authorization: 'Bearer' })).toEqual({ Authorization: 'Bearer' });
    expect(r.headers({ authorization: 'd2f1c0de-raw-token' })).toEqual({ authorization: '[REDACTED]' });
  });

  test('text: an otpauth:// URL (QRCode) loses its secret parameter', () => {
    expect(r.text('otpauth://totp/LR:me?secret=JBSWY3DPEHPK3PXP&issuer=LR')).toBe('otpauth://totp/LR:me?secret=[REDACTED]&issuer=LR');
  });

  test('case: query, headers, JSON body and raw body', () => {
    const c: Case = {
      operationId: 'mfaUpdateSetting',
      method: 'PUT',
      path: '/identity/v2/auth/account/2fa/verification/otp',
      query: [
        ['apikey', API_KEY],
        ['apikey', 'other'],
        ['fields', 'a,b'],
      ],
      headers: { Authorization: `Bearer ${TOKEN}` },
      body: { kind: 'json', value: { otp: '123456', securityanswer: { q: 'a' } }, mediaType: 'application/json' },
      label: { kind: 'positive' },
    };
    const out = r.case(c);
    expect(out.query).toEqual([
      ['apikey', '[REDACTED]'],
      ['apikey', '[REDACTED]'],
      ['fields', 'a,b'],
    ]);
    expect(out.headers).toEqual({ Authorization: 'Bearer [REDACTED]' });
    expect(out.body).toEqual({
      kind: 'json',
      value: { otp: '[REDACTED]', securityanswer: { q: '[REDACTED]' } },
      mediaType: 'application/json',
    });
    const raw = r.case({
      ...c,
      body: { kind: 'raw', text: `{"otp":"1234","otp":"999999","x":"${TOKEN.replace(/"/g, '\\"')}"`, mediaType: undefined },
    });
    // Malformed on purpose and with a duplicate key: both kept, both hidden.
    expect(raw.body).toEqual({ kind: 'raw', text: '{"otp":"[REDACTED]","otp":"[REDACTED]","x":"[REDACTED]"', mediaType: undefined });
  });

  test('configured secrets shorter than 4 characters are ignored (they would match everywhere)', () => {
    const short = createRedactor({ secretKeys: LOGINRADIUS_SECRET_KEYS, secrets: ['ab', '123'] });
    expect(short.secretCount).toBe(0);
    expect(short.text('status 123 ab')).toBe('status 123 ab');
  });

  test('custom marker, and option errors name the call and the fix', () => {
    expect(createRedactor({ secretKeys: LOGINRADIUS_SECRET_KEYS, secrets: [API_KEY], marker: '***' }).text(API_KEY)).toBe('***');
    expect(() => createRedactor({ secretKeys: LOGINRADIUS_SECRET_KEYS, marker: '' })).toThrow(
      /createRedactor: `marker` must be a non-empty string/,
    );
    expect(() => createRedactor({ secretKeys: LOGINRADIUS_SECRET_KEYS, secrets: 'abc' as unknown as string[] })).toThrow(/config\.secrets/);
  });

  test('law: a configured secret never survives text() in any surrounding text, and text() is idempotent', () => {
    fc.assert(
      fc.property(
        fc
          .string({ minLength: 4, maxLength: 24 })
          .filter((s) => s.trim().length >= 4 && !'[REDACTED]'.toLowerCase().includes(s.toLowerCase())),
        fc.string({ maxLength: 30 }),
        fc.string({ maxLength: 30 }),
        fc.constantFrom('raw', 'uri', 'json'),
        (secret, before, after, form) => {
          const red = createRedactor({ secretKeys: LOGINRADIUS_SECRET_KEYS, secrets: [secret] });
          const shown = form === 'uri' ? encodeURIComponent(secret) : form === 'json' ? JSON.stringify(secret).slice(1, -1) : secret;
          const out = red.text(`${before}${shown}${after}`);
          expect(out.toLowerCase()).not.toContain(shown.toLowerCase());
          expect(red.text(out)).toBe(out);
        },
      ),
      { numRuns: 300 },
    );
  });
});
