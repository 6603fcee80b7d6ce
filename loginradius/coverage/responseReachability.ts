/**
 * Why a documented LoginRadius response cannot be reached under this configuration: the lockout
 * codes need their lockout flow, the credential codes need the credential that provokes them,
 * the OTP codes need refused OTPs within the lockout budget; rate limiting and server errors are
 * never provoked on purpose.
 */
import type { DocumentedResponse } from '../../engine/coverage/coverageUniverse.ts';
import type { Config } from '../config/config.ts';
import { wrongOtpBudget } from '../config/wrongOtpBudget.ts';
import { LOCKOUT_CODES } from '../flows/lockoutFlow.ts';
import { lockoutFlowClosed, otpSingleUseClosed } from '../flows/plannedFlows.ts';
import type { LockoutType } from '../flows/flowContext.ts';

/** Codes only a credential the configuration may lack provokes. */
const CREDENTIAL_CODES: Readonly<Record<number, { variable: string; has: (config: Config) => boolean }>> = {
  901: { variable: 'LR_UNAUTHORISED_API_KEY', has: (c) => c.credentials.negative.unauthorisedApiKey !== undefined },
  905: { variable: 'LR_REVOKED_ACCESS_TOKEN', has: (c) => c.credentials.negative.revokedAccessToken !== undefined },
  906: { variable: 'LR_EXPIRED_ACCESS_TOKEN', has: (c) => c.credentials.negative.expiredAccessToken !== undefined },
};
const WRONG_OTP = 1067;
const SINGLE_USE_CODES = new Set([1068, 1069]);

export function responseReachability(config: Config, response: DocumentedResponse): string | undefined {
  if (response.status === '429') return 'rate limiting is never provoked on purpose (the harness stays under LR_MAX_RPS)';
  if (response.status.startsWith('5')) return 'server errors are never provoked on purpose';
  const code = response.errorCode;
  if (code === undefined) return undefined;
  const lockout = (Object.entries(LOCKOUT_CODES) as Array<[LockoutType, number]>).find(([, c]) => c === code);
  if (lockout) return lockoutFlowClosed(config, lockout[0]);
  const credential = CREDENTIAL_CODES[code];
  if (credential && !credential.has(config)) return `needs ${credential.variable}`;
  if (SINGLE_USE_CODES.has(code)) return otpSingleUseClosed(config);
  if (code === WRONG_OTP && wrongOtpBudget(config) === 0) return 'no refused OTP may be sent: LR_LOCKOUT_BUDGET leaves none';
  return undefined;
}
