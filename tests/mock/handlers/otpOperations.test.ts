import { test, expect } from '@playwright/test';
import { mockPerFile, T0 } from '../helpers/mockHarness.ts';

const h = mockPerFile();

test.describe('otpOperations: OTP verdicts over HTTP', () => {
  test('reusing an accepted OTP → 403/1068 (on either PUT)', async () => {
    const otp = h.otp(h.user());
    expect((await h.call('mfaReAuthenticateByOTP', { body: { otp } })).status).toBe(200);
    const reuse = await h.call('mfaUpdateSetting', { body: { otp } });
    expect([reuse.status, reuse.json.ErrorCode]).toEqual([403, 1068]);
  });

  test('an OTP from an earlier step within 300 s → 403/1069; beyond 300 s → 1067; ±1 step accepted', async () => {
    const u = h.user();
    const old = h.otp(u, T0 - 90_000);
    const r = await h.call('mfaReAuthenticateByOTP', { body: { otp: old } });
    expect([r.status, r.json.ErrorCode]).toEqual([403, 1069]);
    expect((await h.call('mfaReAuthenticateByOTP', { body: { otp: h.otp(u, T0 - 400_000) } })).json.ErrorCode).toBe(1067);
    expect((await h.call('mfaReAuthenticateByOTP', { body: { otp: h.otp(u, T0 - 30_000) } })).status).toBe(200);
    expect((await h.call('mfaReAuthenticateByOTP', { body: { otp: h.otp(u, T0 + 30_000) } })).status).toBe(200);
  });
});

test.describe('otpOperations: mfaUpdateSetting fields projection', () => {
  const project = async (fields: string) =>
    (await h.call('mfaUpdateSetting', { extraQuery: `fields=${encodeURIComponent(fields)}`, body: { otp: h.otp(h.user()) } })).json;
  test.afterEach(() => {
    h.time.now += 30_000;
  });

  test('a,b keeps those top-level fields (case-insensitive names, canonical casing kept)', async () => {
    expect(await project('uid,FirstName,email')).toEqual({
      Uid: h.user().uid,
      FirstName: h.user().profile['FirstName'],
      Email: h.user().profile['Email'],
    });
  });
  test('* returns everything', async () => {
    expect(Object.keys(await project('*')).length).toBe(Object.keys(h.user().profile).length);
  });
  test('a(b,c) projects inside objects and arrays of objects', async () => {
    expect(await project('Country(Code),Addresses(City,Type)')).toEqual({
      Country: { Code: 'US' },
      Addresses: [{ City: 'Boston', Type: 'Home' }],
    });
  });
  test('a/b is a nested path and merges with siblings', async () => {
    expect(await project('Country/Name,Country/Code,PIN/Skipped')).toEqual({
      Country: { Code: 'US', Name: 'United States' },
      PIN: { Skipped: false },
    });
  });
  test('unknown names are dropped; live lock fields are projectable', async () => {
    expect(await project('NoSuchField,IsLoginLocked')).toEqual({ IsLoginLocked: false });
  });
});
