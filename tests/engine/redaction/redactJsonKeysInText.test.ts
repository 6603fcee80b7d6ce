import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import { redactJsonKeysInText } from '../../../engine/redaction/redactJsonKeysInText.ts';
import { secretKeyTest } from '../../../engine/redaction/secretKeyTest.ts';
import { LOGINRADIUS_SECRET_KEYS } from '../../../loginradius/credentials/secretKeys.ts';

const isSecretKey = secretKeyTest(LOGINRADIUS_SECRET_KEYS);

const M = '[REDACTED]';

test.describe('redactJsonKeysInText', () => {
  test('strings, numbers and whole subtrees under secret keys; other members untouched', () => {
    const text = '{"a":1,"otp": 123456,"securityanswer":{"q":"x","r":["y",{"z":"]"}]},"b":"ok"}';
    expect(redactJsonKeysInText(text, M, isSecretKey)).toBe(`{"a":1,"otp": "${M}","securityanswer":"${M}","b":"ok"}`);
  });

  test('JSON inside a JSON string (escaped quotes)', () => {
    const text = '{"Description":"{\\"access_token\\":\\"abc\\",\\"x\\":1}"}';
    expect(redactJsonKeysInText(text, M, isSecretKey)).toBe(`{"Description":"{\\"access_token\\":\\"${M}\\",\\"x\\":1}"}`);
  });

  test('escaped quotes inside a secret string are consumed with it', () => {
    expect(redactJsonKeysInText('{"token":"a\\"b","next":"c"}', M, isSecretKey)).toBe(`{"token":"${M}","next":"c"}`);
  });

  test('unterminated values (malformed bodies) are hidden to the end', () => {
    expect(redactJsonKeysInText('{"otp":"12345', M, isSecretKey)).toBe(`{"otp":"${M}"`);
    expect(redactJsonKeysInText('{"securityanswer":{"q":"x"', M, isSecretKey)).toBe(`{"securityanswer":"${M}"`);
  });

  test('object-literal forms of a broken body: single-quoted and bare keys, any value form', () => {
    expect(redactJsonKeysInText("{'otp':'123456','a':'x'}", M, isSecretKey)).toBe(`{'otp':'${M}','a':'x'}`);
    expect(redactJsonKeysInText('{otp:"123456",h-captcha-response:"c",a:1}', M, isSecretKey)).toBe(
      `{otp:"${M}",h-captcha-response:"${M}",a:1}`,
    );
    expect(redactJsonKeysInText("{a:{otp:123456}, 'securityanswer' : {q:'it\\'s'}}", M, isSecretKey)).toBe(
      `{a:{otp:"${M}"}, 'securityanswer' : "${M}"}`,
    );
    expect(redactJsonKeysInText("{'otp':'12345", M, isSecretKey)).toBe(`{'otp':'${M}'`);
    expect(redactJsonKeysInText("{'otp':''}", M, isSecretKey)).toBe("{'otp':''}");
    // Prose is not an object literal: a label such as "(otp: wrong-length)" stays readable.
    expect(redactJsonKeysInText("negative: wrong-otp (otp: wrong-length) isn't secret", M, isSecretKey)).toBe(
      "negative: wrong-otp (otp: wrong-length) isn't secret",
    );
  });

  test('null, booleans and empty strings are kept; text without quotes is returned as is', () => {
    expect(redactJsonKeysInText('{"otp":null,"token":true,"password":""}', M, isSecretKey)).toBe('{"otp":null,"token":true,"password":""}');
    expect(redactJsonKeysInText('plain otp: 1', M, isSecretKey)).toBe('plain otp: 1');
  });
});

test.describe('redactJsonKeysInText laws', () => {
  // Values under secret keys carry a canary; everything else is arbitrary JSON without one.
  const canary = fc.oneof(
    fc.nat().map((n) => `CANARY-${n}`),
    fc.integer({ min: 100000, max: 999999 }).map((n) => n * 1000 + 7_777),
  );
  const secretValue = fc.oneof(
    canary,
    fc.array(canary, { minLength: 1, maxLength: 3 }),
    fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), canary, { minKeys: 1, maxKeys: 2 }),
  );
  const plain = fc.jsonValue({ maxDepth: 2 }).filter((v) => !/CANARY|7777/.test(JSON.stringify(v)));
  const secretKey = fc.constantFrom('otp', 'OTP', 'access_token', 'securityanswer', 'g-recaptcha-response', 'Password', 'apiKey');
  const node: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
    obj: fc
      .array(
        fc.oneof(
          fc.tuple(secretKey, secretValue),
          fc.tuple(fc.constantFrom('a', 'Description', 'isvoiceotp', 'nested'), fc.oneof(plain, tie('obj'))),
        ),
        { maxLength: 4 },
      )
      .map((pairs) => Object.fromEntries(pairs)),
  })).obj;

  const keysOf = (v: unknown): string[] =>
    v === null || typeof v !== 'object' ? [] : Object.entries(v).flatMap(([k, inner]) => [k, ...keysOf(inner)]);

  test('no canary survives, valid JSON stays valid JSON, also when the document is carried inside a JSON string', () => {
    fc.assert(
      fc.property(node, fc.boolean(), (doc, pretty) => {
        const text = pretty ? JSON.stringify(doc, null, 2) : JSON.stringify(doc);
        const out = redactJsonKeysInText(text, M, isSecretKey);
        expect(out).not.toMatch(/CANARY|7777/);
        expect(() => JSON.parse(out)).not.toThrow();
        const carried = redactJsonKeysInText(JSON.stringify({ Description: text }), M, isSecretKey);
        expect(carried).not.toMatch(/CANARY|7777/);
        expect(JSON.parse(JSON.parse(carried).Description)).toBeDefined();
        // The forms the malformed-json rule sends: single quotes and unquoted keys.
        expect(redactJsonKeysInText(text.replace(/"/g, "'"), M, isSecretKey)).not.toMatch(/CANARY|7777/);
        // (Stripping the quotes off a key with brackets or separators in it makes text no reader can split.)
        if (keysOf(doc).every((k) => !/[{}[\]'":,]/.test(k)))
          expect(redactJsonKeysInText(text.replace(/"([^"]*)":/g, '$1:'), M, isSecretKey)).not.toMatch(/CANARY|7777/);
      }),
      { numRuns: 200 },
    );
  });
});
