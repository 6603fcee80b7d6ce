/** The variables that name the target and its test account's credentials (the first block of `.env.example`). */
import type { VariableSpec } from './variableSpec.ts';

export const TARGET_VARIABLES = [
  {
    name: 'LR_BASE_URL',
    secret: false,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shown to users as the shell would write it
    defaultText: 'unset → embedded mock at http://127.0.0.1:${LR_MOCK_PORT}',
    description:
      'Base URL of the LoginRadius API to test, e.g. https://api.loginradius.com. Setting it switches from the mock to a remote tenant.',
  },
  { name: 'LR_MOCK_PORT', secret: false, defaultText: '4010', description: 'Port of the embedded mock (mock mode only).' },
  {
    name: 'LR_API_KEY',
    secret: true,
    defaultText: 'required when LR_BASE_URL is set; mock: from mock/fixtures/tenant.json',
    description: 'API key (GUID) of the test tenant.',
  },
  {
    name: 'LR_TOKEN_PROVIDER',
    secret: false,
    defaultText: 'static if LR_ACCESS_TOKEN is set, else login if LR_LOGIN_EMAIL is set, else uid if LR_UID is set',
    description:
      "How the harness gets the test user's access token on a remote target: static (LR_ACCESS_TOKEN, never refreshed), login (MFA login: LR_LOGIN_EMAIL, LR_LOGIN_PASSWORD, LR_TOTP_SECRET) or uid (token by UID: LR_API_SECRET, LR_UID). login and uid refresh the token mid-run.",
  },
  {
    name: 'LR_ACCESS_TOKEN',
    secret: true,
    defaultText: 'required by LR_TOKEN_PROVIDER=static',
    description: "Valid access token of the dedicated test user (expires after the tenant's token lifetime, 15 min by default).",
  },
  {
    name: 'LR_LOGIN_EMAIL',
    secret: false,
    defaultText: 'required by LR_TOKEN_PROVIDER=login',
    description: 'Email of the dedicated test user, for the MFA login (password, then an authenticator code from LR_TOTP_SECRET).',
  },
  {
    name: 'LR_LOGIN_PASSWORD',
    secret: true,
    defaultText: 'required by LR_TOKEN_PROVIDER=login',
    description: 'Password of the dedicated test user.',
  },
  {
    name: 'LR_API_SECRET',
    secret: true,
    defaultText: 'required by LR_TOKEN_PROVIDER=uid; optional otherwise',
    description:
      'API secret of the test tenant: tokens by UID, refresh tokens, and restoring the test account after the lockout flows (npm run unlock).',
  },
  {
    name: 'LR_UID',
    secret: false,
    defaultText: 'required by LR_TOKEN_PROVIDER=uid; needed by npm run unlock',
    description: 'Uid (32 hex characters) of the dedicated test user.',
  },
  {
    name: 'LR_TOTP_SECRET',
    secret: true,
    defaultText: 'required when LR_BASE_URL is set',
    description: "Base32 TOTP secret of the test user's authenticator (used to compute valid OTPs).",
  },
  {
    name: 'LR_TEST_USERS',
    secret: true,
    defaultText: 'unset → one account (LR_ACCESS_TOKEN / LR_TOTP_SECRET)',
    description:
      'Account pool of a remote run: a JSON array of test users [{"id":"qa-1","accessToken":"…","totpSecret":"…"}], or the path of a JSON file holding one. OTP-consuming work spreads over them (N users → N codes per 30 s step); the lockout budget is per account. With the static token provider the first user stands in for an unset LR_ACCESS_TOKEN / LR_TOTP_SECRET.',
  },
  {
    name: 'LR_UNAUTHORISED_API_KEY',
    secret: false,
    defaultText: 'unset → checks needing it are skipped',
    description: 'A well-formed API key (GUID) the target does not authorise (for the 901 path).',
  },
  {
    name: 'LR_EXPIRED_ACCESS_TOKEN',
    secret: true,
    defaultText: 'unset → checks needing it are skipped',
    description: 'An expired access token of the test user (906 path).',
  },
  {
    name: 'LR_REVOKED_ACCESS_TOKEN',
    secret: true,
    defaultText: 'unset → checks needing it are skipped',
    description: 'A revoked (invalidated) access token of the test user (905 path).',
  },
  {
    name: 'LR_SECURITY_ANSWERS',
    secret: true,
    defaultText: 'unset',
    description: 'JSON object questionId → answer, to unlock a SecurityQuestion lockout, e.g. {"<32 hex>":"answer"}.',
  },
  {
    name: 'LR_RECAPTCHA_TEST_TOKEN',
    secret: true,
    defaultText: 'unset',
    description: 'A g-recaptcha-response the tenant accepts (test mode).',
  },
  { name: 'LR_QQ_CAPTCHA_TICKET', secret: true, defaultText: 'unset', description: 'A qq_captcha_ticket the tenant accepts (test mode).' },
  {
    name: 'LR_QQ_CAPTCHA_RANDSTR',
    secret: true,
    defaultText: 'unset',
    description: 'The qq_captcha_randstr paired with LR_QQ_CAPTCHA_TICKET.',
  },
  {
    name: 'LR_HCAPTCHA_TEST_TOKEN',
    secret: true,
    defaultText: 'unset',
    description: 'An h-captcha-response the tenant accepts (test mode).',
  },
  {
    name: 'LR_LOCKOUT_TYPE',
    secret: false,
    defaultText: 'Suspend',
    description: 'Lockout the tenant uses: Suspend | Captcha | SecurityQuestion | Block. In mock mode it selects the mock tenant.',
  },
] as const satisfies readonly VariableSpec[];
