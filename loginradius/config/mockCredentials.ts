/**
 * Mock mode: the three role-specific credential sets come from the mock's own seed fixture,
 * for the tenant whose lockout type LR_LOCKOUT_TYPE names, with the tenant's pool accounts (OTP
 * work spreads over the positive account and these, each on its own clock).
 */
import type { TargetCredentials } from '../credentials/credentials.ts';
import { loadFixture } from '../../mock/fixtures/loadFixture.ts';
import type { LockoutType, MockFixture, UserFixture } from '../../mock/fixtures/fixtureTypes.ts';
import type { MockTenantInfo, RoleCredentials } from './config.ts';

export interface MockCredentials {
  readonly credentials: RoleCredentials;
  /** The tenant's pool accounts, besides the positive one. */
  readonly pool: readonly TargetCredentials[];
  readonly tenant: MockTenantInfo;
}

function credentialsOf(fixture: MockFixture, apiKey: string, captcha: TargetCredentials['captcha'], user: UserFixture): TargetCredentials {
  const unauthorisedApiKey = fixture.unauthorisedApiKeys[0];
  return Object.freeze({
    uid: user.uid,
    apiKey,
    ...(unauthorisedApiKey === undefined ? {} : { unauthorisedApiKey }),
    accessToken: user.accessTokens.valid,
    expiredAccessToken: user.accessTokens.expired,
    revokedAccessToken: user.accessTokens.revoked,
    totpSecret: user.totpSecret,
    securityAnswers: Object.freeze(Object.fromEntries(user.securityQuestions.map((q) => [q.questionId, q.answer]))),
    ...(captcha === undefined ? {} : { captcha }),
  });
}

/** Throws a plain Error naming the file and what is missing; `loadConfig` turns it into a ConfigProblem. */
export function loadMockCredentials(fixturePath: string, lockoutType: LockoutType): MockCredentials {
  const fixture = loadFixture(fixturePath);
  const tenant = fixture.tenants.find((t) => t.lockout.type === lockoutType);
  if (tenant === undefined) throw new Error(`${fixturePath} has no tenant with lockout type ${lockoutType}`);
  const t = tenant.captchaTestTokens;
  const captcha = Object.freeze({
    recaptchaResponse: t.recaptcha,
    hcaptchaResponse: t.hcaptcha,
    qqTicket: t.qqTicket,
    qqRandstr: t.qqRandstr,
  });
  const userFor = (role: 'positive' | 'negative' | 'flow'): TargetCredentials => {
    const user = fixture.users.find((u) => u.tenant === tenant.name && u.role === role);
    if (user === undefined) throw new Error(`${fixturePath} has no "${role}" user for tenant "${tenant.name}"`);
    return credentialsOf(fixture, tenant.apiKey, captcha, user);
  };
  return {
    credentials: Object.freeze({ positive: userFor('positive'), negative: userFor('negative'), flow: userFor('flow') }),
    pool: fixture.users
      .filter((u) => u.tenant === tenant.name && u.role === 'pool')
      .map((u) => credentialsOf(fixture, tenant.apiKey, captcha, u)),
    tenant: { name: tenant.name, lockout: { ...tenant.lockout }, voiceOtpEnabled: tenant.voiceOtpEnabled },
  };
}

/** Every secret string in a credential set (the unauthorised key is not a secret). */
export function secretsOf(c: TargetCredentials): string[] {
  const out = [c.apiKey, c.accessToken, c.totpSecret];
  if (c.expiredAccessToken !== undefined) out.push(c.expiredAccessToken);
  if (c.revokedAccessToken !== undefined) out.push(c.revokedAccessToken);
  out.push(...Object.values(c.securityAnswers ?? {}));
  for (const v of Object.values(c.captcha ?? {})) if (typeof v === 'string') out.push(v);
  return out;
}
