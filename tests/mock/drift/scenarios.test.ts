import { test, expect } from '@playwright/test';
import { DRIFT_IDS, DRIFT_SCENARIOS } from '../../../mock/drift/scenarios.ts';
import { mockPerFile, T0 } from '../helpers/mockHarness.ts';
import type { Harness, Reply } from '../helpers/mockHarness.ts';
import type { DriftId } from '../../../mock/drift/scenarios.ts';

const h = mockPerFile();

/** For each scenario: a request, what the strict mock answers, what the drifted mock answers. */
type Timed = Reply & { elapsedMs?: number };
const EFFECTS: Record<DriftId, { send: (h: Harness) => Promise<Timed>; strict: (r: Timed) => void; drifted: (r: Timed) => void }> = {
  'field-renamed': {
    send: (x) => x.call('mfaReAuthenticateByOTP', { body: { otp: x.otp(x.user()) } }),
    strict: (r) => expect(r.json).toHaveProperty('SecondFactorValidationToken'),
    drifted: (r) => {
      expect(r.json).not.toHaveProperty('SecondFactorValidationToken');
      expect(r.json.SecondFactorValidation_Token).toMatch(/^[0-9a-f-]{36}$/);
    },
  },
  'type-changed': {
    send: (x) => x.call('mfaReAuthenticate', { query: '' }),
    strict: (r) => expect(r.json.ErrorCode).toBe(908),
    drifted: (r) => expect(r.json.ErrorCode).toBe('908'),
  },
  'required-field-dropped': {
    send: (x) => x.call('mfaReAuthenticateByOTP', { body: { otp: x.otp(x.user()) } }),
    strict: (r) => expect(r.json).toHaveProperty('ExpireIn'),
    drifted: (r) => {
      expect(r.status).toBe(200);
      expect(r.json).not.toHaveProperty('ExpireIn');
    },
  },
  'camelcase-error-envelope': {
    send: (x) => x.call('mfaUpdateSetting', { body: { otp: '000000' } }),
    strict: (r) => expect(Object.keys(r.json)).toEqual(['ErrorCode', 'Message', 'Description', 'IsProviderError', 'ProviderErrorResponse']),
    drifted: (r) =>
      expect(r.json).toEqual({
        errorCode: 1067,
        message: 'Invalid OTP Code',
        description: expect.any(String),
        isProviderError: false,
        providerErrorResponse: null,
      }),
  },
  'error-with-status-200': {
    send: (x) => x.call('mfaUpdateSetting', { body: { otp: '000000' } }),
    strict: (r) => expect(r.status).toBe(403),
    drifted: (r) => expect([r.status, r.json.ErrorCode]).toEqual([200, 1067]),
  },
  'undocumented-status': {
    send: (x) => x.call('mfaReAuthenticateByOTP', { body: { otp: '000000' } }),
    strict: (r) => expect(r.status).toBe(403),
    drifted: (r) => expect([r.status, r.json.ErrorCode]).toEqual([422, 1067]),
  },
  'html-500': {
    send: (x) => x.call('mfaReAuthenticate', { extraQuery: 'smstemplate2fa=custom' }),
    strict: (r) => expect(r.status).toBe(200),
    drifted: (r) => {
      expect(r.status).toBe(500);
      expect(r.headers.get('content-type')).toContain('text/html');
      expect(r.text).toContain('<html>');
    },
  },
  'wrong-content-type': {
    send: (x) => x.call('mfaReAuthenticate'),
    strict: (r) => expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8'),
    drifted: (r) => {
      expect(r.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(r.json.SecondFactorAuthenticationToken).toBeTruthy();
    },
  },
  'apikey-not-required': {
    send: (x) => x.call('mfaReAuthenticate', { query: '' }),
    strict: (r) => expect(r.json.ErrorCode).toBe(908),
    drifted: (r) => expect(r.status).toBe(200),
  },
  'auth-ignored': {
    send: (x) => x.call('mfaReAuthenticate', { auth: 'Bearer not-a-token' }),
    strict: (r) => expect(r.json.ErrorCode).toBe(905),
    drifted: (r) => expect(r.status).toBe(200),
  },
  'lockout-not-enforced': {
    send: async (x) => {
      for (let i = 0; i < 5; i += 1) await x.call('mfaReAuthenticateByOTP', { role: 'flow', body: { otp: '000000' } });
      return x.call('mfaReAuthenticateByOTP', { role: 'flow', body: { otp: x.otp(x.user('suspend', 'flow')) } });
    },
    strict: (r) => expect(r.json.ErrorCode).toBe(1198),
    drifted: (r) => expect(r.status).toBe(200),
  },
  'wrong-otp-accepted': {
    send: (x) => x.call('mfaUpdateSetting', { body: { otp: '000000' } }),
    strict: (r) => expect(r.json.ErrorCode).toBe(1067),
    drifted: (r) => {
      expect(r.status).toBe(200);
      expect(r.json.Uid).toBeTruthy();
    },
  },
  'latency-regression': {
    send: async (x) => {
      const t = performance.now();
      const r = await x.call('mfaReAuthenticate');
      return { ...r, elapsedMs: performance.now() - t };
    },
    strict: (r) => expect(r.elapsedMs).toBeLessThan(1000),
    drifted: (r) => {
      expect(r.status).toBe(200);
      expect(r.elapsedMs).toBeGreaterThanOrEqual(2450);
    },
  },
  'full-profile-fields-dropped': {
    send: (x) => x.call('mfaUpdateSetting', { body: { otp: x.otp(x.user()) } }),
    strict: (r) => expect(Object.keys(r.json).length).toBeGreaterThan(20),
    drifted: (r) => expect(Object.keys(r.json).sort()).toEqual(['ID', 'Uid']),
  },
  'additive-field': {
    send: (x) => x.call('mfaReAuthenticate'),
    strict: (r) => expect(r.json).not.toHaveProperty('IsBiometricAuthenticatorVerified'),
    drifted: (r) => expect(r.json.IsBiometricAuthenticatorVerified).toBe(false),
  },
};

test.describe('drift scenarios', () => {
  test('the list is ordered, unique, one-line described and names real operations', () => {
    expect(new Set(DRIFT_IDS).size).toBe(DRIFT_IDS.length);
    expect(Object.keys(EFFECTS).sort()).toEqual([...DRIFT_IDS].sort());
    for (const s of DRIFT_SCENARIOS) {
      expect(s.description).not.toContain('\n');
      expect(s.affects.length).toBeGreaterThan(0);
      for (const op of s.affects) expect(['mfaReAuthenticate', 'mfaUpdateSetting', 'mfaReAuthenticateByOTP']).toContain(op);
    }
  });

  for (const id of DRIFT_IDS) {
    test(`${id}: strict answer without it, drifted answer with it, strict again after reset`, async () => {
      const effect = EFFECTS[id];
      effect.strict(await effect.send(h));
      h.mock.reset({ drift: [id] });
      h.time.now = T0 + 60_000;
      effect.drifted(await effect.send(h));
      h.mock.reset();
      h.time.now = T0 + 120_000;
      effect.strict(await effect.send(h));
      expect(h.mock.state().internalErrors).toBe(0);
    });
  }

  test('full-profile-fields-dropped leaves projected answers as they were', async () => {
    h.mock.setDrift(['full-profile-fields-dropped']);
    const projected = await h.call('mfaUpdateSetting', { extraQuery: 'fields=Uid,Email', body: { otp: h.otp(h.user()) } });
    expect(projected.status).toBe(200);
    expect(Object.keys(projected.json).sort()).toEqual(['Email', 'Uid']);
  });

  test('html-500 also fires for an otp with non-digits, and scenarios compose in list order', async () => {
    h.mock.setDrift(['html-500']);
    expect((await h.call('mfaUpdateSetting', { body: { otp: '12ab56' } })).status).toBe(500);
    expect((await h.call('mfaUpdateSetting', { body: { otp: '123456' } })).status).toBe(403);
    h.mock.setDrift(['type-changed', 'camelcase-error-envelope', 'undocumented-status']);
    const r = await h.call('mfaUpdateSetting', { body: { otp: '000000' } });
    expect([r.status, r.json.errorCode]).toEqual([422, '1067']);
  });
});
