import { test, expect } from '@playwright/test';
import { toCurl } from '../../../engine/case/toCurl.ts';
import { createRedactor } from '../../../engine/redaction/createRedactor.ts';
import type { Case } from '../../../engine/case/case.ts';
import { argvOf } from './shellArgs.ts';
import fc from 'fast-check';
import { buildRequest } from '../../../engine/transport/buildRequest.ts';
import { LOGINRADIUS_SECRET_KEYS } from '../../../loginradius/credentials/secretKeys.ts';

// Distinctive fake secrets: if any of them shows up in output, redaction failed.
const CANARY = {
  apiKey: 'CANARY-apikey-7f3e9c2a',
  token: 'CANARY-token-5b1d8e4f',
  totp: 'CANARYTOTPSECRETJBSWY3DPEHPK3PXP',
  otp: '918273',
  answer: 'CANARY-answer-mothers-maiden',
  captcha: 'CANARY-captcha-0a9b8c',
  qq: 'CANARY-qq-ticket-1234',
};
const redactor = createRedactor({ secretKeys: LOGINRADIUS_SECRET_KEYS, secrets: Object.values(CANARY).filter((s) => s !== CANARY.otp) });

const base: Case = {
  operationId: 'mfaReAuthenticateByOTP',
  method: 'PUT',
  path: '/identity/v2/auth/account/reauth/2fa/otp',
  query: [
    ['apikey', CANARY.apiKey],
    ['access_token', CANARY.token],
    ['smstemplate2fa', "it's a template"],
  ],
  headers: { Authorization: `Bearer ${CANARY.token}`, 'X-Note': `key ${CANARY.apiKey} in header` },
  body: {
    kind: 'json',
    mediaType: 'application/json',
    value: {
      otp: CANARY.otp,
      securityanswer: { q1: CANARY.answer },
      'g-recaptcha-response': CANARY.captcha,
      qq_captcha_ticket: CANARY.qq,
      note: `totp ${CANARY.totp.toLowerCase()} and ${encodeURIComponent(CANARY.token)}`,
    },
  },
  label: { kind: 'positive' },
};

test.describe('toCurl', () => {
  test('canary: no fake secret survives toCurl or redactor.value', () => {
    const rendered = [toCurl(base, 'http://127.0.0.1:4010', redactor), JSON.stringify(redactor.value(base))];
    for (const out of rendered) for (const secret of Object.values(CANARY)) expect(out.toLowerCase()).not.toContain(secret.toLowerCase());
  });

  test('one readable line: method, URL with a literal marker, -H per header, --data-raw body, --globoff', () => {
    const line = toCurl(base, 'http://127.0.0.1:4010/', redactor);
    expect(line).not.toContain('\n');
    expect(line).toContain(
      "'http://127.0.0.1:4010/identity/v2/auth/account/reauth/2fa/otp?apikey=[REDACTED]&access_token=[REDACTED]&smstemplate2fa=it%27s%20a%20template'",
    );
    expect(line).not.toContain('%5BREDACTED%5D');
    expect(line.startsWith('curl --globoff -X PUT ')).toBe(true);
  });

  test('round trip: bash parses the line back into exactly the intended argv', () => {
    const c: Case = {
      ...base,
      headers: { 'X-Q': `a'b"c$d\`e\\f\ng` },
      body: { kind: 'raw', text: "{'note':\n1}", mediaType: 'text/plain' },
    };
    const [argv] = argvOf([toCurl(c, 'http://h:1', redactor)]);
    expect(argv).toEqual([
      '--globoff',
      '-X',
      'PUT',
      'http://h:1/identity/v2/auth/account/reauth/2fa/otp?apikey=[REDACTED]&access_token=[REDACTED]&smstemplate2fa=it%27s%20a%20template',
      '-H',
      `X-Q: a'b"c$d\`e\\f\ng`,
      '-H',
      'Content-Type: text/plain',
      '--data-raw',
      "{'note':\n1}",
    ]);
  });

  test('duplicate query parameters are kept in order; GET without a body has no --data-raw', () => {
    const c: Case = {
      ...base,
      method: 'GET',
      query: [
        ['fields', 'a'],
        ['fields', 'b c'],
      ],
      headers: {},
      body: { kind: 'none' },
    };
    const [argv] = argvOf([toCurl(c, 'https://api.example.com', redactor)]);
    expect(argv).toEqual([
      '--globoff',
      '-X',
      'GET',
      'https://api.example.com/identity/v2/auth/account/reauth/2fa/otp?fields=a&fields=b%20c',
    ]);
  });

  test("raw body without a media type is labelled as transport sends it (not curl's form default); an explicit header is not doubled", () => {
    const none = toCurl({ ...base, headers: {}, body: { kind: 'raw', text: '', mediaType: undefined } }, 'http://h', redactor);
    expect(argvOf([none])[0]?.slice(-4)).toEqual(['-H', 'Content-Type: application/octet-stream', '--data-raw', '']);
    const explicit = toCurl({ ...base, headers: { 'content-type': 'application/xml' } }, 'http://h', redactor);
    expect(explicit.match(/Content-Type/gi)?.length).toBe(1);
  });

  test('credentials in the base URL are dropped; a bad baseUrl argument names the fix', () => {
    const line = toCurl({ ...base, query: [] }, 'https://user:pa55word@api.example.com', redactor);
    expect(line).not.toContain('pa55word');
    expect(line).toContain("'https://api.example.com/identity");
    expect(() => toCurl(base, undefined as unknown as string, redactor)).toThrow(/config\.target\.baseUrl/);
  });

  test('law: without secrets, the curl URL, headers and body are exactly what transport sends', () => {
    const plain = createRedactor({ secretKeys: LOGINRADIUS_SECRET_KEYS });
    const text = fc.string({ unit: fc.constantFrom(..."abcXYZ019 -_.~!'()*%&=+/?#é日".split('')), maxLength: 12 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('fields', 'smstemplate2fa', 'isvoiceotp', 'x y'), text), { maxLength: 4 }),
        fc.option(
          text.map((value) => ({ kind: 'json' as const, value: { note: value }, mediaType: 'application/json' })),
          { nil: undefined },
        ),
        (query, body) => {
          const c: Case = { ...base, query, headers: { Accept: 'application/json' }, body: body ?? { kind: 'none' } };
          const wire = buildRequest('http://h:1/base', c);
          const [argv] = argvOf([toCurl(c, 'http://h:1/base/', plain)]);
          expect(argv?.[3]).toBe(wire.encodedQuery === '' ? wire.url : `${wire.url}?${wire.encodedQuery}`);
          expect(argv?.filter((_, i) => argv[i - 1] === '-H')).toEqual(Object.entries(wire.headers).map(([k, v]) => `${k}: ${v}`));
          const data = argv?.indexOf('--data-raw') ?? -1;
          expect(data < 0 ? undefined : argv?.[data + 1]).toBe(wire.body?.toString('utf8'));
        },
      ),
      { numRuns: 40 },
    );
  });
});
