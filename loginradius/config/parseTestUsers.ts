/**
 * LR_TEST_USERS: the account pool of a remote run. A JSON array, or the path of a JSON file holding
 * one, of test users of the tenant: `[{"id": "qa-1", "accessToken": "…", "totpSecret": "…"}, …]`.
 * `id` (optional, not a secret) names the account in reports, shortened to a hash. Every user's
 * TOTP codes are one per 30 s step, so N users give N codes per step. Messages never echo a value.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EnvParser } from './envParser.ts';
import { normaliseBase32 } from './parseBase32Secret.ts';

const NAME = 'LR_TEST_USERS';
const EXAMPLE = 'a JSON array like [{"id":"qa-1","accessToken":"<token>","totpSecret":"<base32>"}], or the path of a file holding one';

export interface TestUser {
  readonly accessToken: string;
  readonly totpSecret: string;
  /** Not a secret; shown only as a short hash. */
  readonly id?: string;
  readonly expiredAccessToken?: string;
  readonly revokedAccessToken?: string;
}

/** How an account is named in reports: its position, and a hash of its id (never the id itself). */
export function accountLabel(index: number, id: string | undefined): string {
  return id === undefined ? `#${index + 1}` : `#${index + 1} (id ~${createHash('sha256').update(id).digest('hex').slice(0, 6)})`;
}

function readSource(env: EnvParser, cwd: string): unknown {
  const raw = env.raw(NAME)!;
  let text = raw;
  if (!raw.startsWith('[')) {
    try {
      text = readFileSync(resolve(cwd, raw), 'utf8');
    } catch (error) {
      return env.report(
        NAME,
        `names a file that cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
        `set ${NAME} to ${EXAMPLE}`,
      );
    }
  }
  try {
    return JSON.parse(text);
  } catch {
    return env.report(NAME, 'is not valid JSON', `set ${NAME} to ${EXAMPLE}`);
  }
}

function optionalToken(entry: Record<string, unknown>, key: string): string | undefined | null {
  const v = entry[key];
  if (v === undefined) return undefined;
  return typeof v === 'string' && v.trim() !== '' && !/\s/.test(v.trim()) ? v.trim() : null;
}

/** The users, or undefined when unset or invalid (problems are reported on `env`). */
export function parseTestUsers(env: EnvParser, cwd: string): TestUser[] | undefined {
  if (!env.isSet(NAME)) return undefined;
  const parsed = readSource(env, cwd);
  if (parsed === undefined) return undefined;
  if (!Array.isArray(parsed) || parsed.length === 0)
    return env.report(NAME, 'must be a non-empty array of users', `set ${NAME} to ${EXAMPLE}`);
  const users: TestUser[] = [];
  for (const [index, entry] of parsed.entries()) {
    const where = `entry ${index + 1}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
      return env.report(NAME, `${where} is not an object`, `set ${NAME} to ${EXAMPLE}`);
    const e = entry as Record<string, unknown>;
    const accessToken = optionalToken(e, 'accessToken');
    const expired = optionalToken(e, 'expiredAccessToken');
    const revoked = optionalToken(e, 'revokedAccessToken');
    const secret = typeof e['totpSecret'] === 'string' ? normaliseBase32(e['totpSecret']) : undefined;
    if (!accessToken)
      return env.report(NAME, `${where} has no usable "accessToken"`, 'give every user its access token as one string without spaces');
    if (secret === undefined)
      return env.report(NAME, `${where} has no "totpSecret"`, 'give every user the base32 secret of its authenticator');
    if (!('secret' in secret)) return env.report(NAME, `${where}: "totpSecret" ${secret.problem}`, secret.fix);
    if (expired === null || revoked === null)
      return env.report(NAME, `${where} has an unusable expired/revoked token`, 'give each as one string without spaces, or leave it out');
    if (e['id'] !== undefined && typeof e['id'] !== 'string')
      return env.report(NAME, `${where}: "id" must be a string`, 'use a name of the account that is not a secret, or leave it out');
    users.push({
      accessToken,
      totpSecret: secret.secret,
      ...(typeof e['id'] === 'string' ? { id: e['id'] } : {}),
      ...(expired ? { expiredAccessToken: expired } : {}),
      ...(revoked ? { revokedAccessToken: revoked } : {}),
    });
  }
  const tokens = new Set(users.map((u) => u.accessToken));
  const secrets = new Set(users.map((u) => u.totpSecret));
  if (tokens.size < users.length || secrets.size < users.length)
    return env.report(
      NAME,
      'lists the same user twice (a repeated access token or TOTP secret)',
      'list each test user once: two entries of one user would share its codes',
    );
  return users;
}
