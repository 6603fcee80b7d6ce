import { test, expect } from '@playwright/test';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type LoadConfigOptions } from '../../../loginradius/config/loadConfig.ts';
import { ConfigError, formatConfigError, type ConfigProblem } from '../../../loginradius/config/configError.ts';
import { loadFixture } from '../../../mock/fixtures/loadFixture.ts';
import { CHECK_NAMES } from '../../../loginradius/checks/loginRadiusChecks.ts';

const REMOTE = {
  LR_BASE_URL: 'https://api.example.com/',
  LR_API_KEY: '0f8c3a52-7d1e-4b9a-a6c2-5e4f3d2c1b0a',
  LR_ACCESS_TOKEN: 'a1b2c3d4-e5f6-4789-abcd-ef0123456789',
  LR_TOTP_SECRET: 'jbsw y3dp ehpk 3pxp',
};

let dir: string;
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lr-config-'));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Loads with an isolated cwd (no stray .env) and only the given variables. */
const load = (env: Record<string, string>, extra: Partial<LoadConfigOptions> = {}) => loadConfig({ env, cwd: dir, ...extra });

function problemsOf(env: Record<string, string>, extra: Partial<LoadConfigOptions> = {}): ConfigProblem[] {
  try {
    load(env, extra);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return [...(error as ConfigError).problems];
  }
  throw new Error('expected a ConfigError');
}

test.describe('loadConfig: mock mode', () => {
  test('defaults: embedded mock on 4010, 8 in flight, no rate cap, every check, frozen', () => {
    const c = load({});
    expect(c.target).toEqual({ kind: 'mock', baseUrl: 'http://127.0.0.1:4010', mockPort: 4010 });
    expect([c.numRuns, c.concurrency, c.maxRps, c.timeoutMs, c.maxResponseTimeMs, c.lockoutBudget, c.allowLockout]).toEqual([
      100,
      8,
      null,
      10_000,
      2_000,
      3,
      false,
    ]);
    expect(c.checks).toEqual(CHECK_NAMES);
    expect(c.requestBudget).toBeUndefined();
    expect(load({ LR_REQUEST_BUDGET: '240' }).requestBudget).toBe(240);
    expect(c.reportsDir).toBe(join(dir, 'reports'));
    expect(c.baselinePath).toBe(join(dir, 'baselines', '127.0.0.1.json'));
    expect(c.baselineMode).toBe('compare');
    expect(load({ LR_BASELINE_MODE: 'Record' }).baselineMode).toBe('record');
    expect(c.seedSource).toBe('random');
    expect(Number.isInteger(c.seed)).toBe(true);
    expect(Object.isFrozen(c) && Object.isFrozen(c.credentials.positive) && Object.isFrozen(c.checks)).toBe(true);
    expect(() => {
      (c as { numRuns: number }).numRuns = 1;
    }).toThrow();
  });

  test('credentials: three role sets from mock/fixtures/tenant.json for the tenant LR_LOCKOUT_TYPE selects', () => {
    const fixture = loadFixture();
    for (const [type, name] of [
      ['Suspend', 'suspend'],
      ['captcha', 'captcha'],
    ] as const) {
      const c = load(type === 'Suspend' ? {} : { LR_LOCKOUT_TYPE: type });
      const tenant = fixture.tenants.find((t) => t.name === name)!;
      expect(c.mockTenant?.name).toBe(name);
      for (const role of ['positive', 'negative', 'flow'] as const) {
        const user = fixture.users.find((u) => u.tenant === name && u.role === role)!;
        const creds = c.credentials[role];
        expect(creds).toMatchObject({
          apiKey: tenant.apiKey,
          accessToken: user.accessTokens.valid,
          expiredAccessToken: user.accessTokens.expired,
          revokedAccessToken: user.accessTokens.revoked,
          totpSecret: user.totpSecret,
          unauthorisedApiKey: fixture.unauthorisedApiKeys[0],
        });
        expect(creds.securityAnswers?.[user.securityQuestions[0]!.questionId]).toBe(user.securityQuestions[0]!.answer);
        expect(creds.captcha?.recaptchaResponse).toBe(tenant.captchaTestTokens.recaptcha);
        for (const secret of [user.accessTokens.valid, user.totpSecret, tenant.apiKey]) expect(c.secrets).toContain(secret);
      }
      expect(new Set([c.credentials.positive.accessToken, c.credentials.negative.accessToken, c.credentials.flow.accessToken]).size).toBe(
        3,
      );
      expect(c.secrets).not.toContain(fixture.unauthorisedApiKeys[0]);
    }
  });

  test('remote-only variables set in mock mode are ignored with a warning that names them (not their values)', () => {
    const c = load({ LR_API_KEY: REMOTE.LR_API_KEY });
    expect(c.target.kind).toBe('mock');
    expect(c.warnings.join('\n')).toMatch(/LR_API_KEY ignored: LR_BASE_URL is unset/);
    expect(c.warnings.join('\n')).not.toContain(REMOTE.LR_API_KEY);
  });

  test('an unusable fixture is a problem naming the fix', () => {
    const [p] = problemsOf({}, { mockFixturePath: join(dir, 'missing.json') });
    expect(p?.variable).toBe('LR_BASE_URL');
    expect(p?.problem).toMatch(/mock fixture is unusable/);
    expect(p?.fix).toMatch(/buildFixture\.ts|set LR_BASE_URL/);
  });
});

test.describe('loadConfig: remote mode', () => {
  test('defaults: 4 requests/s, 2 in flight, the same credentials for every role, baseline per host', () => {
    const c = load(REMOTE);
    expect(c.target).toEqual({ kind: 'remote', baseUrl: 'https://api.example.com' });
    expect(c.maxRps).toBe(4);
    expect(c.concurrency).toBe(2);
    expect(c.credentials.positive).toBe(c.credentials.negative);
    expect(c.credentials.flow).toBe(c.credentials.positive);
    expect(c.credentials.positive.totpSecret).toBe('JBSWY3DPEHPK3PXP');
    expect(c.baselinePath).toBe(join(dir, 'baselines', 'api.example.com.json'));
    expect(c.secrets).toEqual(expect.arrayContaining([REMOTE.LR_API_KEY, REMOTE.LR_ACCESS_TOKEN, 'JBSWY3DPEHPK3PXP']));
  });

  test('optional credentials, explicit limits and lists are parsed', () => {
    const c = load({
      ...REMOTE,
      LR_SECURITY_ANSWERS: '{"q1":"Rex the dog"}',
      LR_QQ_CAPTCHA_TICKET: 'tick-et',
      LR_QQ_CAPTCHA_RANDSTR: 'rand-str',
      LR_MAX_RPS: '0.5',
      LR_CONCURRENCY: '3',
      LR_ALLOW_LOCKOUT: '1',
      LR_CHECKS: 'not_a_server_error, ignored_auth,max_response_time',
      LR_DISABLE_CHECKS: 'ignored_auth',
      LR_SEED: '-17',
      LR_BASELINE: 'b.json',
      LR_REPORTS_DIR: '/tmp/r',
    });
    expect(c.credentials.positive.securityAnswers).toEqual({ q1: 'Rex the dog' });
    expect(c.credentials.positive.captcha).toEqual({ qqTicket: 'tick-et', qqRandstr: 'rand-str' });
    expect(c.secrets).toEqual(expect.arrayContaining(['Rex the dog', 'tick-et', 'rand-str']));
    expect([c.maxRps, c.concurrency, c.allowLockout, c.seed, c.seedSource]).toEqual([0.5, 3, true, -17, 'LR_SEED']);
    expect(c.checks).toEqual(['not_a_server_error', 'max_response_time']);
    expect([c.baselinePath, c.reportsDir]).toEqual([join(dir, 'b.json'), '/tmp/r']);
    expect(load({ ...REMOTE, LR_MAX_RPS: 'unlimited' }).maxRps).toBeNull();
  });

  test('LR_REPLAY: path keeps its colons and the replay seed is the run seed', () => {
    const c = load({ ...REMOTE, LR_REPLAY: 'negative:mfaUpdateSetting:42:3:0:1', LR_SEED: '5' });
    expect(c.replay).toEqual({ phase: 'negative', operationId: 'mfaUpdateSetting', seed: 42, path: '3:0:1' });
    expect([c.seed, c.seedSource]).toEqual([42, 'LR_REPLAY']);
  });

  test('allowing lockout flows without the proof that unlocks the account warns', () => {
    expect(load({ ...REMOTE, LR_ALLOW_LOCKOUT: '1', LR_LOCKOUT_TYPE: 'SecurityQuestion' }).warnings.join()).toMatch(
      /without LR_SECURITY_ANSWERS/,
    );
    expect(load({ ...REMOTE, LR_ALLOW_LOCKOUT: '1', LR_LOCKOUT_TYPE: 'Captcha' }).warnings.join()).toMatch(/without a captcha test token/);
    expect(load({ ...REMOTE, LR_ALLOW_LOCKOUT: '1', LR_LOCKOUT_TYPE: 'Captcha', LR_HCAPTCHA_TEST_TOKEN: 'hc-token-1' }).warnings).toEqual(
      [],
    );
  });

  test('plain http to a non-loopback host is allowed with a warning', () => {
    expect(load({ ...REMOTE, LR_BASE_URL: 'http://staging.example.com' }).warnings.join()).toMatch(/plain http:\/\//);
  });
});

// [variables, variable at fault, problem pattern, fix pattern]
const INVALID: ReadonlyArray<readonly [Record<string, string>, string, RegExp, RegExp]> = [
  [{ LR_BASE_URL: 'api.example.com' }, 'LR_BASE_URL', /scheme \(https:\/\/\) is missing/, /LR_BASE_URL=https:\/\//],
  [{ LR_BASE_URL: 'https://' }, 'LR_BASE_URL', /host part/, /LR_BASE_URL=/],
  [{ LR_BASE_URL: 'ftp://api.example.com' }, 'LR_BASE_URL', /scheme "ftp:"/, /https:\/\//],
  [{ LR_BASE_URL: 'https://u:pw@api.example.com' }, 'LR_BASE_URL', /user-info part/, /LR_API_KEY/],
  [{ LR_BASE_URL: 'https://api.example.com/?apikey=x' }, 'LR_BASE_URL', /query string/, /remove it/],
  [{ LR_MOCK_PORT: '70000' }, 'LR_MOCK_PORT', /out of range/, /from 1 to 65535/],
  [{ LR_NUM_RUNS: 'lots' }, 'LR_NUM_RUNS', /"lots" is not a whole number/, /LR_NUM_RUNS=100/],
  [{ LR_NUM_RUNS: '1.5' }, 'LR_NUM_RUNS', /not a whole number/, /whole number from 1/],
  [{ LR_CONCURRENCY: '0' }, 'LR_CONCURRENCY', /out of range/, /from 1 to 64/],
  [{ LR_TIMEOUT_MS: '-1' }, 'LR_TIMEOUT_MS', /out of range/, /LR_TIMEOUT_MS=10000/],
  [{ LR_MAX_RESPONSE_TIME_MS: '2s' }, 'LR_MAX_RESPONSE_TIME_MS', /not a whole number/, /LR_MAX_RESPONSE_TIME_MS=2000/],
  [{ LR_SEED: '0x10' }, 'LR_SEED', /not a whole number/, /LR_SEED=42/],
  [{ LR_MAX_RPS: 'fast' }, 'LR_MAX_RPS', /not a number/, /LR_MAX_RPS=4/],
  [{ LR_LOCKOUT_BUDGET: '9999' }, 'LR_LOCKOUT_BUDGET', /out of range/, /from 0 to 1000/],
  [{ LR_BASELINE_MODE: 'update' }, 'LR_BASELINE_MODE', /not one of compare \| record/, /one of compare, record/],
  [{ LR_ALLOW_LOCKOUT: 'yes' }, 'LR_ALLOW_LOCKOUT', /not one of 0 \| 1/, /one of 0, 1/],
  [{ LR_LOCKOUT_TYPE: 'Suspended' }, 'LR_LOCKOUT_TYPE', /not one of Suspend/, /did you mean Suspend\?/],
  [
    { LR_CHECKS: 'status_code_conformence' },
    'LR_CHECKS',
    /unknown check name "status_code_conformence"/,
    /did you mean status_code_conformance\?/,
  ],
  [{ LR_DISABLE_CHECKS: 'ignore_auth' }, 'LR_DISABLE_CHECKS', /unknown check name/, /did you mean ignored_auth\?/],
  [{ LR_CHECKS: ' , ' }, 'LR_CHECKS', /lists no check names/, /separated by commas/],
  [{ LR_CHECKS: 'ignored_auth', LR_DISABLE_CHECKS: 'ignored_auth' }, 'LR_DISABLE_CHECKS', /leaves no check to run/, /disable fewer/],
  [{ LR_REPLAY: 'fuzz:mfaUpdateSetting:1:0' }, 'LR_REPLAY', /phase "fuzz"/, /LR_REPLAY=negative:/],
  [
    { LR_REPLAY: 'negative:mfaUpdateSettings:1:0' },
    'LR_REPLAY',
    /operationId "mfaUpdateSettings" is unknown/,
    /did you mean mfaUpdateSetting\?/,
  ],
  [{ LR_REPLAY: 'negative:mfaUpdateSetting:x:0' }, 'LR_REPLAY', /seed "x"/, /copy the replay value/],
  [{ LR_REPLAY: 'negative:mfaUpdateSetting:1:a:b' }, 'LR_REPLAY', /not a fast-check path/, /copy the replay value/],
  [{ ...REMOTE, LR_API_KEY: '' }, 'LR_API_KEY', /required when LR_BASE_URL is set/, /unset LR_BASE_URL/],
  [{ ...REMOTE, LR_ACCESS_TOKEN: '  ' }, 'LR_ACCESS_TOKEN', /required/, /set LR_ACCESS_TOKEN/],
  [{ ...REMOTE, LR_TOTP_SECRET: '' }, 'LR_TOTP_SECRET', /required/, /set LR_TOTP_SECRET/],
  [{ ...REMOTE, LR_API_KEY: 'not-a-guid' }, 'LR_API_KEY', /is not a GUID/, /Admin Console/],
  [{ ...REMOTE, LR_UNAUTHORISED_API_KEY: '1234' }, 'LR_UNAUTHORISED_API_KEY', /"1234" is not a GUID/, /LR_UNAUTHORISED_API_KEY/],
  [{ ...REMOTE, LR_ACCESS_TOKEN: 'abc def' }, 'LR_ACCESS_TOKEN', /whitespace/, /re-copy LR_ACCESS_TOKEN/],
  [
    { ...REMOTE, LR_TOTP_SECRET: 'JBSWY3DPEHPK3PX1' },
    'LR_TOTP_SECRET',
    /not valid base32: the character at position 16/,
    /A–Z and digits 2–7/,
  ],
  [{ ...REMOTE, LR_TOTP_SECRET: 'JBSWY3DP' }, 'LR_TOTP_SECRET', /too short/, /truncated/],
  [{ ...REMOTE, LR_TOTP_SECRET: 'JBSWY3DPEHPK3PXPA' }, 'LR_TOTP_SECRET', /impossible base32 length \(17/, /missing/],
  [{ ...REMOTE, LR_SECURITY_ANSWERS: '{q1: dog}' }, 'LR_SECURITY_ANSWERS', /not valid JSON/, /JSON object of question id/],
  [{ ...REMOTE, LR_SECURITY_ANSWERS: '["dog"]' }, 'LR_SECURITY_ANSWERS', /not an object \(got an array\)/, /JSON object/],
  [
    { ...REMOTE, LR_SECURITY_ANSWERS: '{"q1":7}' },
    'LR_SECURITY_ANSWERS',
    /non-empty strings; not so for question id\(s\) q1/,
    /JSON object/,
  ],
  [{ ...REMOTE, LR_QQ_CAPTCHA_TICKET: 'tick' }, 'LR_QQ_CAPTCHA_RANDSTR', /ticket and the randstr together/, /set both/],
  [
    { LR_REQUEST_BUDGET: '0' },
    'LR_REQUEST_BUDGET',
    /0 is out of range/,
    /LR_REQUEST_BUDGET to a whole number from 1 .*unset it for the default/,
  ],
  [{ LR_REQUEST_BUDGET: '2.5' }, 'LR_REQUEST_BUDGET', /"2\.5" is not a whole number/, /e\.g\. LR_REQUEST_BUDGET=240/],
  [{ LR_REQUEST_BUDGET: 'lots' }, 'LR_REQUEST_BUDGET', /"lots" is not a whole number/, /LR_REQUEST_BUDGET/],
];

test.describe('loadConfig: validation', () => {
  for (const [env, variable, problem, fix] of INVALID) {
    test(`${variable} ← ${JSON.stringify(env[variable] ?? env)}`, () => {
      const found = problemsOf(env).find((p) => p.variable === variable && problem.test(p.problem));
      expect(found, JSON.stringify(problemsOf(env))).toBeDefined();
      expect(found?.fix).toMatch(fix);
    });
  }

  test('collects every problem in one error, and the printed text lists each variable with its fix', () => {
    const env = {
      LR_BASE_URL: 'https://api.example.com',
      LR_NUM_RUNS: 'x',
      LR_CONCURRENCY: '0',
      LR_CHECKS: 'nope',
      LR_SEED: 'y',
      LR_TOTP_SECRET: '1',
    };
    const problems = problemsOf(env);
    const variables = problems.map((p) => p.variable).sort();
    expect(variables).toEqual(['LR_ACCESS_TOKEN', 'LR_API_KEY', 'LR_CHECKS', 'LR_CONCURRENCY', 'LR_NUM_RUNS', 'LR_SEED', 'LR_TOTP_SECRET']);
    let text = '';
    try {
      load(env);
    } catch (e) {
      text = formatConfigError(e);
    }
    expect(text).toMatch(/Configuration has 7 problems/);
    for (const v of variables) expect(text).toContain(`✗ ${v}:`);
    expect(text.match(/fix: /g)).toHaveLength(7);
  });

  test('secret values never appear in problems', () => {
    const secrets = {
      LR_API_KEY: 'SECRET-not-a-guid-1',
      LR_ACCESS_TOKEN: 'SECRET tok 2',
      LR_TOTP_SECRET: 'SECRET3!',
      LR_SECURITY_ANSWERS: '{"q":"SECRET-4"',
    };
    let text = '';
    try {
      load({ LR_BASE_URL: 'https://api.example.com', ...secrets });
    } catch (e) {
      text = formatConfigError(e);
    }
    expect(text).toMatch(/LR_API_KEY/);
    for (const s of Object.values(secrets)) expect(text).not.toContain(s);
  });

  test('formatConfigError prints other errors by message', () => {
    expect(formatConfigError(new Error('boom'))).toBe('Configuration could not be loaded: boom');
  });
});

test.describe('loadConfig: .env', () => {
  test('fills unset variables from .env without overriding the real environment or mutating process.env', () => {
    writeFileSync(join(dir, '.env'), 'LR_NUM_RUNS=7\nLR_SEED=5\nLR_LOCKOUT_TYPE=Block\n');
    const before = process.env['LR_NUM_RUNS'];
    const c = load({ LR_SEED: '9' });
    expect([c.numRuns, c.seed, c.lockoutType]).toEqual([7, 9, 'Block']);
    expect(process.env['LR_NUM_RUNS']).toBe(before);
  });

  test('dotenvPath points at another file; .env problems are reported like any other', () => {
    writeFileSync(join(dir, 'custom.env'), 'LR_NUM_RUNS=abc\n');
    const problems = problemsOf({}, { dotenvPath: 'custom.env' });
    expect(problems.map((p) => p.variable)).toEqual(['LR_NUM_RUNS']);
  });
});
