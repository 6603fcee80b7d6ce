/** The error of a refused authenticator code: wrong 1102, already used 1068, too old 1069. */
import { errorResponse } from '../../http/errorCatalogue.ts';
import type { MockResponse } from '../../http/mockTypes.ts';

export function codeVerdictError(verdict: 'used' | 'expired' | 'invalid'): MockResponse {
  return errorResponse(verdict === 'used' ? 'otpUsed' : verdict === 'expired' ? 'otpExpired' : 'authenticatorCodeWrong');
}
