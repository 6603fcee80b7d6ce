/** The remote target's credentials, read from the environment (loadConfig's remote half). */
import type { TargetCredentials } from '../credentials/credentials.ts';
import type { EnvParser } from './envParser.ts';
import { parseBase32Secret } from './parseBase32Secret.ts';
import type { TestUser } from './parseTestUsers.ts';
import { parseSecurityAnswers } from './parseSecurityAnswers.ts';
import type { TokenSource } from './tokenSource.ts';

/**
 * Remote mode: one credential set built from the environment, used for all three roles. A provider
 * other than static obtains the token at start (the harness fills it in). With the static provider
 * and LR_TEST_USERS, the first user stands in for an unset LR_ACCESS_TOKEN / LR_TOTP_SECRET.
 */
export function remoteCredentials(
  env: EnvParser,
  source: TokenSource | undefined,
  firstUser: TestUser | undefined,
): TargetCredentials | undefined {
  const apiKey = env.guid('LR_API_KEY');
  const isStatic = source?.kind === 'static';
  const standIn = isStatic && !env.isSet('LR_ACCESS_TOKEN') && !env.isSet('LR_TOTP_SECRET') ? firstUser : undefined;
  const accessToken = !isStatic ? '' : standIn ? standIn.accessToken : env.token('LR_ACCESS_TOKEN');
  const totpSecret = standIn ? standIn.totpSecret : parseBase32Secret(env);
  // Without LR_TEST_USERS the token provider reports a missing LR_ACCESS_TOKEN; with it, this does.
  const accessTokenNeeded = isStatic && env.isSet('LR_TEST_USERS') ? (['LR_ACCESS_TOKEN'] as const) : [];
  for (const [name, value] of [
    ['LR_API_KEY', apiKey],
    ['LR_TOTP_SECRET', totpSecret],
    ...accessTokenNeeded.map((n) => [n, accessToken] as const),
  ] as const)
    if (!env.isSet(name) && value === undefined)
      env.report(
        name,
        'is required when LR_BASE_URL is set (remote target)',
        `set ${name} for the test tenant/user${name === 'LR_API_KEY' || !isStatic ? '' : ' (or LR_TEST_USERS)'}, or unset LR_BASE_URL to test the embedded mock`,
      );
  const unauthorisedApiKey = env.guid('LR_UNAUTHORISED_API_KEY');
  const expiredAccessToken = env.token('LR_EXPIRED_ACCESS_TOKEN') ?? standIn?.expiredAccessToken;
  const revokedAccessToken = env.token('LR_REVOKED_ACCESS_TOKEN') ?? standIn?.revokedAccessToken;
  const securityAnswers = parseSecurityAnswers(env);
  const captchaEntries = Object.entries({
    recaptchaResponse: env.token('LR_RECAPTCHA_TEST_TOKEN'),
    qqTicket: env.token('LR_QQ_CAPTCHA_TICKET'),
    qqRandstr: env.token('LR_QQ_CAPTCHA_RANDSTR'),
    hcaptchaResponse: env.token('LR_HCAPTCHA_TEST_TOKEN'),
  }).filter(([, v]) => v !== undefined);
  if (env.isSet('LR_QQ_CAPTCHA_TICKET') !== env.isSet('LR_QQ_CAPTCHA_RANDSTR'))
    env.report(
      env.isSet('LR_QQ_CAPTCHA_TICKET') ? 'LR_QQ_CAPTCHA_RANDSTR' : 'LR_QQ_CAPTCHA_TICKET',
      'is missing: the QQ captcha needs the ticket and the randstr together',
      'set both LR_QQ_CAPTCHA_TICKET and LR_QQ_CAPTCHA_RANDSTR, or neither',
    );
  if (apiKey === undefined || accessToken === undefined || totpSecret === undefined) return undefined;
  return {
    apiKey,
    accessToken,
    totpSecret,
    ...(unauthorisedApiKey === undefined ? {} : { unauthorisedApiKey }),
    ...(expiredAccessToken === undefined ? {} : { expiredAccessToken }),
    ...(revokedAccessToken === undefined ? {} : { revokedAccessToken }),
    ...(securityAnswers === undefined ? {} : { securityAnswers }),
    ...(captchaEntries.length === 0 ? {} : { captcha: Object.fromEntries(captchaEntries) }),
  };
}
