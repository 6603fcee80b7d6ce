import { test, expect } from '@playwright/test';
import { mockPerFile } from '../helpers/mockHarness.ts';
import type { Harness } from '../helpers/mockHarness.ts';

const h = mockPerFile();

test.describe('authenticate: apikey', () => {
  const cases: Array<[string, (h: Harness) => string, number, number]> = [
    ['missing', () => '', 400, 908],
    ['empty', () => 'apikey=', 400, 908],
    ['whitespace', () => 'apikey=%20%20', 400, 908],
    ['unknown GUID (unauthorised list)', (x) => `apikey=${x.mock.fixture.unauthorisedApiKeys[0]}`, 403, 901],
    ['malformed', () => 'apikey=not-a-guid', 403, 901],
    ['duplicated (ASP.NET joins "a,a")', (x) => `apikey=${x.tenant().apiKey}&apikey=${x.tenant().apiKey}`, 403, 901],
  ];
  for (const [name, query, status, code] of cases) {
    test(`${name} → ${status}/${code} on every operation`, async () => {
      for (const op of ['mfaReAuthenticate', 'mfaUpdateSetting', 'mfaReAuthenticateByOTP'] as const) {
        const r = await h.call(op, { query: query(h), body: { otp: '000000' } });
        expect([op, r.status, r.json.ErrorCode]).toEqual([op, status, code]);
      }
    });
  }

  test('908 for the apikey names it; the envelope has all five documented members', async () => {
    const r = await h.call('mfaReAuthenticate', { query: '' });
    expect(r.json).toEqual({
      ErrorCode: 908,
      Message: 'A parameter is not formatted correctly',
      Description: 'The apikey is a required parameter.',
      IsProviderError: false,
      ProviderErrorResponse: null,
    });
  });

  test('apikey is checked before the token', async () => {
    expect((await h.call('mfaReAuthenticate', { query: 'apikey=bad', auth: null })).json.ErrorCode).toBe(901);
  });
});

test.describe('authenticate: token placement and validity', () => {
  test('Bearer header, lower-case/upper-case scheme, or access_token query are all accepted', async () => {
    const tok = h.user().accessTokens.valid;
    for (const auth of [`Bearer ${tok}`, `bearer ${tok}`, `BEARER ${tok}`])
      expect((await h.call('mfaReAuthenticate', { auth })).status).toBe(200);
    expect((await h.call('mfaReAuthenticate', { auth: null, extraQuery: `access_token=${tok}` })).status).toBe(200);
    expect((await h.call('mfaReAuthenticate', { auth: null, extraQuery: `ACCESS_TOKEN=${tok}` })).status).toBe(200);
  });

  test('both present: the header wins (bad header + good query → 905; good header + bad query → 200)', async () => {
    const tok = h.user().accessTokens.valid;
    expect((await h.call('mfaReAuthenticate', { auth: 'Bearer nope', extraQuery: `access_token=${tok}` })).json.ErrorCode).toBe(905);
    expect((await h.call('mfaReAuthenticate', { auth: `Bearer ${tok}`, extraQuery: 'access_token=nope' })).status).toBe(200);
  });

  test('no token, empty Bearer, or a non-Bearer scheme (Basic) → 400/1060', async () => {
    for (const auth of [null, 'Bearer ', 'Basic dXNlcjpwYXNz', h.user().accessTokens.valid]) {
      const r = await h.call('mfaReAuthenticate', { auth });
      expect([String(auth).slice(0, 6), r.status, r.json.ErrorCode]).toEqual([String(auth).slice(0, 6), 400, 1060]);
    }
  });

  test('revoked, unknown, malformed and other-tenant tokens → 403/905; expired → 403/906', async () => {
    const u = h.user();
    const other = h.user('captcha', 'positive');
    for (const t of [u.accessTokens.revoked, '00000000-0000-4000-8000-000000000000', 'x'.repeat(300), other.accessTokens.valid]) {
      const r = await h.call('mfaUpdateSetting', { auth: `Bearer ${t}`, body: { otp: '1' } });
      expect([r.status, r.json.ErrorCode]).toEqual([403, 905]);
    }
    const expired = await h.call('mfaReAuthenticateByOTP', { auth: `Bearer ${u.accessTokens.expired}`, body: { otp: '1' } });
    expect([expired.status, expired.json.ErrorCode]).toEqual([403, 906]);
  });

  test('the token is checked before the request shape', async () => {
    const r = await h.call('mfaUpdateSetting', { auth: null, rawBody: '{not json', headers: { 'content-type': 'text/plain' } });
    expect(r.json.ErrorCode).toBe(1060);
  });
});
