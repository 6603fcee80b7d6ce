/**
 * A credential call the vendor refused, told in the user's terms: which variable is wrong and how to
 * fix it (exit code 2 before any contract request). Never carries a secret: only the status, the
 * ErrorCode and the vendor's Description, which names parameters, not values.
 */
import type { VendorAnswer } from './vendorCall.ts';

export class CredentialError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
    readonly fix: string,
    /** The vendor's ErrorCode, when it answered one. */
    readonly code?: number,
  ) {
    super(`${variable} ${problem}\n  fix: ${fix}`);
    this.name = 'CredentialError';
  }
}

const LOCKED = new Set([1198, 1132, 1148, 991]);

type Diagnosis = readonly [variable: string, problem: string, fix: string];

function diagnose(code: number | undefined, description: string): Diagnosis {
  if (code === 1200)
    return [
      'LR_LOGIN_PASSWORD',
      'or LR_LOGIN_EMAIL is wrong: the email and password combination is invalid',
      "set LR_LOGIN_EMAIL and LR_LOGIN_PASSWORD to the test user's login (reset the password in the admin console if unknown)",
    ];
  if (code === 1102 || code === 1067 || code === 1068 || code === 1069)
    return [
      'LR_TOTP_SECRET',
      "gives codes the test user's authenticator refuses",
      'run npm run enroll for the test user and copy the LR_TOTP_SECRET it gives',
    ];
  if (code === 901 || code === 920 || code === 922)
    return ['LR_API_KEY', 'is not accepted', "copy the tenant's API key from the admin console"];
  if (code === 902 || (code === 908 && /apisecret/i.test(description)))
    return ['LR_API_SECRET', 'is missing or not accepted', "copy the tenant's API secret from the admin console"];
  if (code === 908 && /uid/i.test(description))
    return ['LR_UID', 'is not a user of this tenant', "copy the test user's Uid from the admin console"];
  if (code !== undefined && LOCKED.has(code))
    return [
      'LR_LOGIN_EMAIL',
      'names a locked account',
      'run npm run unlock (needs LR_API_SECRET and LR_UID), or unlock the account in the admin console',
    ];
  return ['LR_BASE_URL', 'answered an unexpected error', 'check LR_BASE_URL, LR_API_KEY and the credentials'];
}

/** `step`: what was attempted, e.g. "the MFA login". */
export function credentialError(step: string, answer: VendorAnswer): CredentialError {
  const code = typeof answer.json?.['ErrorCode'] === 'number' ? (answer.json['ErrorCode'] as number) : undefined;
  const [variable, problem, fix] = diagnose(code, String(answer.json?.['Description'] ?? ''));
  const said = `(${step}: HTTP ${answer.status}${code === undefined ? '' : `, ErrorCode ${code}`})`;
  return new CredentialError(variable, `${problem} ${said}`, fix, code);
}
