/**
 * Test helper: the redaction canary. A mock fixture whose test tenant carries DISTINCTIVE fake
 * secrets (API key, access tokens, TOTP secrets, security answers, captcha tokens), the variables a
 * user would set for it, and the needles to search every artifact for: each canary raw,
 * URL-encoded and base64 (every alignment), the TOTP secrets also lower-cased, and every OTP
 * derived from the canary TOTP secrets around the run.
 */
import { TOTP, Secret } from 'otpauth';
import { loadFixture } from '../../mock/fixtures/loadFixture.ts';
import type { MockFixture } from '../../mock/fixtures/fixtureTypes.ts';

export const ROLES = ['positive', 'negative', 'flow'] as const;
export const CANARY = {
  apiKey: 'c0ffee00-cafe-4bad-8bad-0000000c0de1',
  captcha: {
    recaptcha: '03AGdBq2-canary-recaptcha-c0ffee0de2',
    hcaptcha: 'P1_eyJcanaryHcaptchaC0ffee0de3',
    qqTicket: 't03canaryQqTicketC0ffee0de4',
    qqRandstr: '@c0ffee0de5',
  },
  users: {
    positive: {
      totp: 'CANARYTOTPSECRETPOSITIVEQQQQQQQQ',
      tokens: ['c0ffee00-cafe-4bad-8bad-00000000a001', 'c0ffee00-cafe-4bad-8bad-00000000a002', 'c0ffee00-cafe-4bad-8bad-00000000a003'],
      answers: ['CanaryAnswerPositiveOne', 'CanaryAnswerPositiveTwo'],
    },
    negative: {
      totp: 'CANARYTOTPSECRETNEGATIVEQQQQQQQQ',
      tokens: ['c0ffee00-cafe-4bad-8bad-00000000b001', 'c0ffee00-cafe-4bad-8bad-00000000b002', 'c0ffee00-cafe-4bad-8bad-00000000b003'],
      answers: ['CanaryAnswerNegativeOne', 'CanaryAnswerNegativeTwo'],
    },
    flow: {
      totp: 'CANARYTOTPSECRETFLOWACCOUNTQQQQQ',
      tokens: ['c0ffee00-cafe-4bad-8bad-00000000c001', 'c0ffee00-cafe-4bad-8bad-00000000c002', 'c0ffee00-cafe-4bad-8bad-00000000c003'],
      answers: ['CanaryAnswerFlowOne', 'CanaryAnswerFlowTwo'],
    },
  },
} as const;

/** The seed fixture with `tenant`'s key, captcha tokens and three users' secrets replaced by canaries. */
export function canaryFixture(tenantName: string): MockFixture {
  const fixture = structuredClone(loadFixture()) as any; // a mutable copy; the fixture type is read-only
  const tenant = fixture.tenants.find((t: any) => t.name === tenantName)!;
  tenant.apiKey = CANARY.apiKey;
  tenant.captchaTestTokens = { ...CANARY.captcha };
  for (const role of ROLES) {
    const user = fixture.users.find((u: any) => u.tenant === tenantName && u.role === role)!;
    const c = CANARY.users[role];
    user.totpSecret = c.totp;
    user.accessTokens = { valid: c.tokens[0], expired: c.tokens[1], revoked: c.tokens[2] };
    user.securityQuestions = user.securityQuestions.map((q: any, i: number) => ({ ...q, answer: c.answers[i] }));
  }
  return fixture as MockFixture;
}

/** What a user sets for the canary tenant: every credential the harness can use. */
export function canaryCredentialsEnv(fixture: MockFixture, tenantName: string): Record<string, string> {
  const positive = CANARY.users.positive;
  return {
    LR_API_KEY: CANARY.apiKey,
    LR_ACCESS_TOKEN: positive.tokens[0],
    LR_TOTP_SECRET: positive.totp,
    LR_EXPIRED_ACCESS_TOKEN: positive.tokens[1],
    LR_REVOKED_ACCESS_TOKEN: positive.tokens[2],
    LR_UNAUTHORISED_API_KEY: fixture.unauthorisedApiKeys[0]!,
    LR_SECURITY_ANSWERS: JSON.stringify(
      Object.fromEntries(
        fixture.users.find((u) => u.tenant === tenantName && u.role === 'positive')!.securityQuestions.map((q) => [q.questionId, q.answer]),
      ),
    ),
    LR_RECAPTCHA_TEST_TOKEN: CANARY.captcha.recaptcha,
    LR_HCAPTCHA_TEST_TOKEN: CANARY.captcha.hcaptcha,
    LR_QQ_CAPTCHA_TICKET: CANARY.captcha.qqTicket,
    LR_QQ_CAPTCHA_RANDSTR: CANARY.captcha.qqRandstr,
  };
}

/** A value as it might leak: raw, URL-encoded, base64 at each of the three byte alignments. */
function forms(value: string): Array<[string, string]> {
  const out: Array<[string, string]> = [
    ['raw', value],
    ['url-encoded', encodeURIComponent(value)],
  ];
  for (let pad = 0; pad < 3; pad += 1) {
    const b64 = Buffer.concat([Buffer.alloc(pad, 0x20), Buffer.from(value)]).toString('base64');
    out.push([`base64+${pad}`, b64.slice(pad === 0 ? 0 : 4, -4)]);
  }
  return out;
}

export interface Needle {
  readonly what: string;
  readonly pattern: RegExp;
}

/** Every canary in every form, and every OTP of the canary TOTP secrets from 5 min before to 1 min after the run. */
export function canaryNeedles(started: number, ended: number): { needles: Needle[]; secrets: Array<[string, string]>; otps: Set<string> } {
  const needles: Needle[] = [];
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const secrets: Array<[string, string]> = [
    ['apiKey', CANARY.apiKey],
    ...Object.entries(CANARY.captcha).map(([k, v]) => [`captcha ${k}`, v] as [string, string]),
  ];
  for (const role of ROLES) {
    const c = CANARY.users[role];
    secrets.push(
      [`${role} totpSecret`, c.totp],
      ...c.tokens.map((t, i) => [`${role} token ${i}`, t] as [string, string]),
      ...c.answers.map((a, i) => [`${role} answer ${i}`, a] as [string, string]),
    );
  }
  for (const [what, value] of secrets)
    for (const [form, text] of forms(value))
      needles.push({ what: `${what} (${form})`, pattern: new RegExp(escape(text), what.includes('totp') && form === 'raw' ? 'i' : '') });
  const otps = new Set<string>();
  for (const role of ROLES) {
    const totp = new TOTP({ secret: Secret.fromBase32(CANARY.users[role].totp), digits: 6, period: 30, algorithm: 'SHA1' });
    for (let t = started - 300_000; t <= ended + 60_000; t += 30_000) otps.add(totp.generate({ timestamp: t }));
  }
  for (const code of otps) needles.push({ what: `derived OTP ${code}`, pattern: new RegExp(`(?<![0-9])${code}(?![0-9])`) });
  return { needles, secrets, otps };
}

/** Every needle found in any of the texts, as "<needle> in <name>". */
export function canaryHits(texts: ReadonlyArray<{ name: string; text: string }>, needles: readonly Needle[]): string[] {
  const hits: string[] = [];
  for (const { name, text } of texts)
    for (const { what, pattern } of needles) {
      const m = pattern.exec(text);
      if (m) hits.push(`${what} in ${name}: …${text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60)}…`);
    }
  return hits;
}
