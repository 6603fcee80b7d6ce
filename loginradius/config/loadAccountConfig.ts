/**
 * What `npm run enroll` and `npm run unlock` need: the target, its API key and one way into the test
 * account (email + password, or API secret + uid). Read from the environment and `.env` like every
 * LR_ variable, validated at once; problems are thrown together as one ConfigError.
 */
import { ConfigError } from './configError.ts';
import { EnvParser } from './envParser.ts';
import { parseBaseUrl } from './parseBaseUrl.ts';
import { readEnv, type ReadEnvOptions } from './readEnv.ts';
import { redactConfigProblems } from './redactConfigProblems.ts';
import { parseUid } from './tokenSource.ts';
import { SECRET_VARIABLES } from './variables.ts';

export interface AccountConfig {
  /** No trailing slash; LR_BASE_URL, or the mock at LR_MOCK_PORT when unset. */
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly login?: { readonly email: string; readonly password: string };
  readonly apiSecret?: string;
  readonly uid?: string;
  readonly timeoutMs: number;
}

export interface LoadAccountConfigOptions extends ReadEnvOptions {
  /** enroll: a login or secret + uid; unlock: secret + uid. */
  readonly purpose: 'enroll' | 'unlock';
}

export function loadAccountConfig(options: LoadAccountConfigOptions): AccountConfig {
  const { env: vars } = readEnv(options);
  const env = new EnvParser(vars);
  const port = env.number('LR_MOCK_PORT', { min: 1, max: 65535, integer: true, example: '4010' }) ?? 4010;
  const baseUrl = env.isSet('LR_BASE_URL') ? parseBaseUrl(env)?.baseUrl : `http://127.0.0.1:${port}`;
  const apiKey = env.guid('LR_API_KEY');
  if (!env.isSet('LR_API_KEY')) env.report('LR_API_KEY', 'is required', "set the tenant's API key (mock: mock/fixtures/tenant.json)");
  const email = env.raw('LR_LOGIN_EMAIL');
  const password = env.raw('LR_LOGIN_PASSWORD');
  const apiSecret = env.raw('LR_API_SECRET');
  const uid = parseUid(env);
  const bySecret = apiSecret !== undefined && env.isSet('LR_UID');
  if (options.purpose === 'unlock' && !bySecret)
    env.report(
      apiSecret === undefined ? 'LR_API_SECRET' : 'LR_UID',
      'is required to unlock the account (the account update API needs the API secret and the uid)',
      "set LR_API_SECRET (admin console) and LR_UID (the test user's Uid)",
    );
  if (options.purpose === 'enroll' && !bySecret && (email === undefined || password === undefined))
    env.report(
      email === undefined ? 'LR_LOGIN_EMAIL' : 'LR_LOGIN_PASSWORD',
      "is required: enrolment needs the test user's login (LR_LOGIN_EMAIL, LR_LOGIN_PASSWORD) or LR_API_SECRET and LR_UID",
      'set LR_LOGIN_EMAIL and LR_LOGIN_PASSWORD, or LR_API_SECRET and LR_UID',
    );
  const timeoutMs = env.number('LR_TIMEOUT_MS', { min: 1, max: 600_000, integer: true, example: '10000' }) ?? 10_000;
  if (env.problems.length > 0 || baseUrl === undefined || apiKey === undefined)
    throw new ConfigError(
      redactConfigProblems(
        env.problems,
        [...SECRET_VARIABLES].map((n) => vars[n] ?? ''),
      ),
    );
  return {
    baseUrl,
    apiKey,
    ...(email !== undefined && password !== undefined ? { login: { email, password } } : {}),
    ...(apiSecret === undefined ? {} : { apiSecret }),
    ...(uid === undefined ? {} : { uid }),
    timeoutMs,
  };
}
