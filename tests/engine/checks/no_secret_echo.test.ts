import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import { no_secret_echo } from '../../../engine/checks/no_secret_echo.ts';
import { requestSecrets, hasAnyCredential } from '../../../loginradius/credentials/caseCredentials.ts';
import { aCase, checkContext, envelopeOf, respond, transportError } from './fixtures.ts';

const TOTP = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const ctx = checkContext({}, [TOTP]);
const withOtp = (otp: string) =>
  aCase({
    operationId: 'mfaUpdateSetting',
    method: 'PUT',
    body: { kind: 'json', value: { OTP: otp, securityanswer: { q1: 'my first pet was rex' } }, mediaType: 'application/json' },
  });

test('passes when nothing secret comes back, even a short OTP inside a longer string', () => {
  expect(no_secret_echo(ctx, respond(withOtp('123456'), 200, { Uid: 'x', LastLogin: '2026-01-01T12:34:56.123456Z' })).status).toBe(
    'passed',
  );
});

test('fails when the API key (long) appears as a substring, without printing it', () => {
  const c = aCase();
  const r = no_secret_echo(ctx, respond(c, 403, envelopeOf(901, `The apikey a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d is invalid`)));
  if (r.status !== 'failed') throw new Error('expected failure');
  expect(r.failures[0]?.message).toContain('query apikey');
  expect(r.failures.every((f) => !f.message.includes('a0b1c2d3'))).toBe(true);
});

test('a short OTP fails only as an exact JSON string; same secret+place → same key', () => {
  const a = no_secret_echo(ctx, respond(withOtp('123456'), 403, { ...envelopeOf(1067), Data: { Otp: '123456' } }));
  const b = no_secret_echo(ctx, respond(withOtp('987654'), 403, { ...envelopeOf(1067), Data: { Otp: '987654' } }));
  if (a.status !== 'failed' || b.status !== 'failed') throw new Error('expected failures');
  expect(a.failures.map((f) => f.dedupKey)).toEqual(b.failures.map((f) => f.dedupKey));
  expect(a.failures[0]?.message).toContain('body otp');
});

test('a short OTP echoed with JSON escapes (\\u0031…) is still an exact JSON string, so still caught', () => {
  const raw = '{"ErrorCode":1067,"Data":{"Otp":"\\u0031\\u0032\\u0033456"}}';
  const r = no_secret_echo(ctx, respond(withOtp('123456'), 403, undefined, { raw }));
  expect(r.status).toBe('failed');
  // Without the echo the same escaped body passes: the escape alone is not a failure.
  expect(no_secret_echo(ctx, respond(withOtp('654321'), 403, undefined, { raw })).status).toBe('passed');
});

test('configured secrets, tokens and security answers are caught in body and headers; distinct keys', () => {
  const r = no_secret_echo(
    ctx,
    respond(withOtp('1'), 200, { ManualEntryCode: TOTP }, { headers: { 'x-debug': 'answer=my first pet was rex' } }),
  );
  if (r.status !== 'failed') throw new Error('expected failure');
  const keys = r.failures.map((f) => f.dedupKey);
  expect(keys).toContain('no_secret_echo|mfaUpdateSetting|configured secret #1|body');
  expect(keys).toContain('no_secret_echo|mfaUpdateSetting|body securityanswer|header x-debug');
  expect(new Set(keys).size).toBe(keys.length);
});

test('skips transport errors', () => {
  expect(no_secret_echo(ctx, transportError(aCase())).status).toBe('skipped');
});

test('requestSecrets finds query, bearer token and body secrets case-insensitively; hasAnyCredential', () => {
  const names = requestSecrets(withOtp('123456')).map((s) => s.name);
  expect(names).toEqual(['query apikey', 'header authorization token', 'body otp', 'body securityanswer']);
  expect(hasAnyCredential(aCase({ query: [['ApiKey', ' ']], headers: {} }))).toBe(false);
  expect(hasAnyCredential(aCase({ query: [['access_token', 't']], headers: {} }))).toBe(true);
});

test('values under 4 chars are never judged: a 1-char answer equal to content-length "2" is no echo; 4 chars exact still are', () => {
  const answer = (value: string) =>
    aCase({
      operationId: 'mfaUpdateSetting',
      method: 'PUT',
      body: { kind: 'json', value: { otp: '123456', securityanswer: { q1: value } }, mediaType: 'application/json' },
    });
  for (const short of ['2', '{}', 'x y'])
    expect(
      no_secret_echo(ctx, respond(answer(short), 200, {}, { headers: { 'content-length': '2', 'x-note': short } })).status,
      short,
    ).toBe('passed');
  expect(no_secret_echo(ctx, respond(answer('blue'), 200, { Note: 'blue' })).status).toBe('failed');
});

/** The check's rule written out plainly, one secret and one place at a time (a configured value judged once, at its first position). */
function echoesByDefinition(
  secrets: readonly string[],
  c: ReturnType<typeof aCase>,
  bodyText: string,
  json: unknown,
  headers: Record<string, string>,
): string[] {
  const strings = new Set<string>();
  const collect = (v: unknown): void => {
    if (typeof v === 'string') strings.add(v);
    else if (Array.isArray(v)) v.forEach(collect);
    else if (typeof v === 'object' && v !== null)
      for (const [k, x] of Object.entries(v)) {
        strings.add(k);
        collect(x);
      }
  };
  collect(json);
  const judged = [
    ...secrets.flatMap((value, i) => (secrets.indexOf(value) === i ? [{ name: `configured secret #${i + 1}`, value, min: 8 }] : [])),
    ...requestSecrets(c).map((s) => ({ ...s, min: 16 })),
  ].filter((s) => s.value.trim().length >= 4);
  const keys = new Set<string>();
  for (const { name, value, min } of judged) {
    const long = value.length >= min;
    if (long ? bodyText.includes(value) : strings.has(value)) keys.add(`no_secret_echo|mfaUpdateSetting|${name}|body`);
    for (const [header, v] of Object.entries(headers))
      if (long ? v.includes(value) : v.trim() === value) keys.add(`no_secret_echo|mfaUpdateSetting|${name}|header ${header}`);
  }
  return [...keys].sort();
}

test('law: the check finds exactly the echoes its rule defines, for any secrets, repeats among them, bodies and headers', () => {
  const word = fc.stringMatching(/^[a-z0-9@ ]{0,20}$/);
  fc.assert(
    fc.property(
      fc.array(word, { maxLength: 6 }),
      fc.nat(),
      word,
      fc.array(
        fc.oneof(
          word,
          fc.nat({ max: 9 }).map((i) => `#${i}`),
        ),
        { maxLength: 4 },
      ),
      fc.array(
        fc.oneof(
          word,
          fc.nat({ max: 9 }).map((i) => `#${i}`),
        ),
        { maxLength: 3 },
      ),
      (configured, repeatAt, otp, bodyParts, headerParts) => {
        const secrets = configured.length > 0 ? [...configured, configured[repeatAt % configured.length] ?? ''] : configured;
        const pool = [...secrets, otp];
        // `#i` puts the i-th known secret in a place, whole or inside longer text.
        const fill = (part: string, i: number): string =>
          part.startsWith('#') ? `${i % 2 ? 'x-' : ''}${pool[Number(part.slice(1)) % pool.length]}` : part;
        const json = { Data: bodyParts.map(fill) };
        const headers = Object.fromEntries(headerParts.map((p, i) => [`x-h${i}`, fill(p, i + 1)]));
        const c = aCase({
          operationId: 'mfaUpdateSetting',
          method: 'PUT',
          body: { kind: 'json', value: { otp }, mediaType: 'application/json' },
        });
        const exchange = respond(c, 200, json, { headers });
        const result = no_secret_echo(checkContext({}, secrets), exchange);
        const found = result.status === 'failed' ? result.failures.map((f) => f.dedupKey).sort() : [];
        expect(found).toEqual(echoesByDefinition(secrets, c, JSON.stringify(json), json, headers));
      },
    ),
    { numRuns: 300 },
  );
});
