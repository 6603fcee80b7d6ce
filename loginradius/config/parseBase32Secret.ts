/**
 * LR_TOTP_SECRET: base32 (RFC 4648) as authenticator apps show it. Spaces, lower case and '='
 * padding are accepted and normalised away. Messages never include the secret's characters.
 */
import type { EnvParser } from './envParser.ts';

const NAME = 'LR_TOTP_SECRET';
/** 16 base32 characters = 80 bits, the RFC 4226 minimum for an HOTP/TOTP key. */
const MIN_LENGTH = 16;
const FIX = 'copy the base32 secret (letters A–Z and digits 2–7) shown when the authenticator was set up';

/** The normalised secret, or what is wrong with it (never its characters) and the fix. */
export function normaliseBase32(raw: string): { secret: string } | { problem: string; fix: string } {
  const secret = raw.replace(/[\s-]/g, '').toUpperCase().replace(/=+$/, '');
  const bad = secret.search(/[^A-Z2-7]/);
  if (bad >= 0) return { problem: `is not valid base32: the character at position ${bad + 1} is not A–Z or 2–7`, fix: FIX };
  if (secret.length < MIN_LENGTH)
    return {
      problem: `is too short (${secret.length} characters; at least ${MIN_LENGTH} expected)`,
      fix: `${FIX}; it is probably truncated`,
    };
  // Base32 groups 8 characters to 5 bytes; lengths 1, 3 and 6 (mod 8) cannot come from any byte string.
  if ([1, 3, 6].includes(secret.length % 8))
    return { problem: `has an impossible base32 length (${secret.length} characters)`, fix: `${FIX}; a character is probably missing` };
  return { secret };
}

export function parseBase32Secret(env: EnvParser): string | undefined {
  const raw = env.raw(NAME);
  if (raw === undefined) return undefined;
  const parsed = normaliseBase32(raw);
  return 'secret' in parsed ? parsed.secret : env.report(NAME, parsed.problem, `${parsed.fix} into ${NAME}`);
}
