import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import { connect } from 'node:net';
import { request as httpRequest } from 'node:http';
import { mockPerFile, startHarness, T0, PATHS } from '../helpers/mockHarness.ts';

const h = mockPerFile();
test.afterEach(() => {
  expect(h.mock.state().internalErrors).toBe(0);
});

/** Writes raw bytes on a fresh socket and returns what came back. */
function raw(port: number, bytes: string | Buffer): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let out = '';
    socket.on('data', (d) => {
      out += d.toString('latin1');
    });
    socket.on('close', () => resolve(out));
    socket.on('error', () => resolve(out));
    socket.write(bytes);
    setTimeout(() => socket.end(), 300);
  });
}

test.describe('requestListener: robustness', () => {
  test('a body over 1 MB → 413 envelope; just under is processed', async () => {
    const big = await h.call('mfaUpdateSetting', { rawBody: JSON.stringify({ otp: '1', pad: 'x'.repeat(1_048_576) }) });
    expect([big.status, big.json.ErrorCode]).toEqual([413, 413]);
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        `${h.mock.url}${PATHS.mfaUpdateSetting}?apikey=${h.tenant().apiKey}`,
        { method: 'PUT', headers: { 'content-type': 'application/json', authorization: `Bearer ${h.user().accessTokens.valid}` } },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 20; i += 1) req.write('x'.repeat(100_000));
      req.end();
    });
    expect(chunked).toBe(413);
    const near = await h.call('mfaUpdateSetting', { rawBody: JSON.stringify({ otp: '000000', pad: 'x'.repeat(1_000_000) }) });
    expect(near.json.ErrorCode).toBe(1067);
  });

  test('deeply nested JSON is handled (valid → verified, not a 5xx)', async () => {
    const deep = `{"otp":"000000","x":${'['.repeat(100_000)}${']'.repeat(100_000)},"securityanswer":${'{"a":'.repeat(5_000)}"b"${'}'.repeat(5_000)}}`;
    const r = await h.call('mfaReAuthenticateByOTP', { rawBody: deep });
    expect(r.status).toBeLessThan(500);
    expect([403, 400]).toContain(r.status);
  });

  test('invalid UTF-8 in the body and the query never causes a 5xx', async () => {
    const body = Buffer.concat([Buffer.from('{"otp":"'), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from('"}')]);
    const r = await h.call('mfaUpdateSetting', { rawBody: new Uint8Array(body) });
    expect([r.status, r.json.ErrorCode]).toEqual([403, 1067]);
    const q = await h.call('mfaReAuthenticate', { query: `apikey=%ff%fe&smstemplate2fa=%c3%28&%=%%&&==&a=1=2` });
    expect([q.status, q.json.ErrorCode]).toEqual([403, 901]);
  });

  test('odd methods: known ones get 405, unknown tokens and malformed requests get a 400 envelope', async () => {
    for (const method of ['PATCH', 'DELETE', 'OPTIONS', 'POST', 'HEAD']) {
      const r = await h.call('mfaReAuthenticateByOTP', { method });
      expect([method, r.status]).toEqual([method, 405]);
    }
    const unknown = await raw(h.mock.port, 'BREW /identity/v2/auth/account/reauth/2fa HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(unknown).toMatch(/^HTTP\/1\.1 400/);
    expect(unknown).toContain('"ErrorCode":400');
    const lower = await raw(h.mock.port, 'get /identity/v2/auth/account/reauth/2fa HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(lower).toMatch(/^HTTP\/1\.1 400/);
    const garbage = await raw(h.mock.port, Buffer.from([0, 1, 2, 3, 255, 13, 10, 13, 10]));
    expect(garbage).toMatch(/^HTTP\/1\.1 400/);
  });

  test('garbage query strings and paths (property): always an envelope below 500', async () => {
    const key = h.tenant().apiKey;
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 40 }), fc.constantFrom(...Object.keys(PATHS)), async (junk, op) => {
        const q = `apikey=${key}&${encodeURI(junk).replace(/#/g, '%23')}`;
        const r = await h.call(op as keyof typeof PATHS, { query: q, body: { otp: junk } });
        return (r.status < 500 && typeof r.json?.ErrorCode === 'number') || r.status === 200;
      }),
      { numRuns: 60 },
    );
  });

  test('any JSON body, any casing of known keys (property): never a 5xx, always a documented envelope or 200', async () => {
    const key = fc.constantFrom(
      'otp',
      'OTP',
      'securityanswer',
      'SecurityAnswer',
      'g-recaptcha-response',
      'qq_captcha_ticket',
      'qq_captcha_randstr',
      'h-captcha-response',
      'x',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(key, fc.jsonValue({ maxDepth: 3 })),
        fc.constantFrom('mfaUpdateSetting', 'mfaReAuthenticateByOTP'),
        async (body, op) => {
          const r = await h.call(op as 'mfaUpdateSetting', { role: 'negative', body });
          h.mock.reset();
          return r.status < 500 && (r.status === 200 || typeof r.json?.ErrorCode === 'number');
        },
      ),
      { numRuns: 80 },
    );
  });

  test('an exception inside the pipeline becomes 500/950 and is counted in state', async () => {
    let broken = false;
    const h2 = await startHarness({
      clock: () => {
        if (broken) throw new Error('clock broke');
        return T0;
      },
    });
    try {
      broken = true;
      const r = await h2.call('mfaReAuthenticate');
      broken = false;
      expect([r.status, r.json.ErrorCode]).toEqual([500, 950]);
      expect(h2.mock.state()).toMatchObject({ internalErrors: 1, lastInternalError: 'Error: clock broke' });
    } finally {
      await h2.mock.close();
    }
  });
});
