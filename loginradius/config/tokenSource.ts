/**
 * How a remote run gets its access token, from LR_TOKEN_PROVIDER and the variables each provider
 * needs. Chosen explicitly, or inferred from what is set (static, then login, then uid); a missing
 * variable is reported with the provider that needs it.
 */
import type { EnvParser } from './envParser.ts';
import type { VariableName } from './variables.ts';

export type TokenSource =
  | { readonly kind: 'static' }
  | { readonly kind: 'login'; readonly email: string; readonly password: string }
  | { readonly kind: 'uid'; readonly uid: string; readonly apiSecret: string };

const TOKEN_PROVIDERS = ['static', 'login', 'uid'] as const;

const NEEDS: Record<(typeof TOKEN_PROVIDERS)[number], readonly VariableName[]> = {
  static: ['LR_ACCESS_TOKEN'],
  // LR_TOTP_SECRET too, but every remote run requires it anyway.
  login: ['LR_LOGIN_EMAIL', 'LR_LOGIN_PASSWORD'],
  uid: ['LR_API_SECRET', 'LR_UID'],
};

/** LR_UID: a uid as the vendor writes it (a .NET GUID without dashes). */
export function parseUid(env: EnvParser): string | undefined {
  const raw = env.raw('LR_UID');
  if (raw === undefined) return undefined;
  const uid = raw.trim().toLowerCase();
  if (/^[0-9a-f]{32}$/.test(uid)) return uid;
  return env.report('LR_UID', 'is not a uid (32 hexadecimal characters)', "copy the test user's Uid from the admin console or a profile");
}

/** `uid`: LR_UID, already parsed (parseUid). */
export function parseTokenSource(env: EnvParser, uid: string | undefined): TokenSource | undefined {
  const inferred = env.isSet('LR_ACCESS_TOKEN') ? 'static' : env.isSet('LR_LOGIN_EMAIL') ? 'login' : env.isSet('LR_UID') ? 'uid' : 'static';
  const kind = env.oneOf('LR_TOKEN_PROVIDER', TOKEN_PROVIDERS) ?? inferred;
  // LR_TEST_USERS's first user stands in for LR_ACCESS_TOKEN (loadConfig reports it if it cannot).
  const missing = NEEDS[kind].filter((name) => !env.isSet(name) && !(kind === 'static' && env.isSet('LR_TEST_USERS')));
  for (const name of missing)
    env.report(
      name,
      `is required by the ${kind} token provider when LR_BASE_URL is set`,
      kind === 'static'
        ? 'set LR_ACCESS_TOKEN, or let the harness log in (LR_LOGIN_EMAIL, LR_LOGIN_PASSWORD, LR_TOTP_SECRET) or get tokens by UID (LR_API_SECRET, LR_UID)'
        : `set ${NEEDS[kind].join(', ')} for the test user (npm run enroll prints them), or pick another LR_TOKEN_PROVIDER`,
    );
  if (missing.length > 0) return undefined;
  if (kind === 'login') return { kind, email: env.raw('LR_LOGIN_EMAIL')!.trim(), password: env.raw('LR_LOGIN_PASSWORD')! };
  if (kind === 'uid') return uid === undefined ? undefined : { kind, uid, apiSecret: env.raw('LR_API_SECRET')!.trim() };
  return { kind };
}
