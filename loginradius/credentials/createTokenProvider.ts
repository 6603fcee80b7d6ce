/**
 * The token provider the configuration names (LR_TOKEN_PROVIDER). login: the MFA login, renewed by
 * the refresh token when LR_API_SECRET is set, else by logging in again (a fresh one-time code each
 * time); uid: the token by UID, renewed by its refresh token (by UID again if that is refused).
 */
import type { TokenSource } from '../config/tokenSource.ts';
import type { FreshOtpSource } from '../otp/freshOtpSource.ts';
import type { ObtainedToken } from './obtainedToken.ts';
import { CredentialError } from './credentialError.ts';
import { renewingProvider, staticTokenProvider, type TokenProvider } from './tokenProvider.ts';
import type { VendorCall } from './vendorCall.ts';
import { finishMfaLogin, refreshByToken, startMfaLogin, tokenByUid } from './vendorTokenCalls.ts';

export interface TokenProviderOptions {
  readonly source: TokenSource;
  readonly call: VendorCall;
  readonly apiKey: string;
  /** LR_API_SECRET, if set. */
  readonly apiSecret?: string;
  /** The static token (LR_ACCESS_TOKEN or the mock's fixture token). */
  readonly staticToken: string;
  /** The account's one-time codes (the same source every other request of the account uses). */
  readonly otp: () => FreshOtpSource;
  readonly onToken?: (token: string) => void;
  /** @defaultValue Date.now */
  readonly clock?: () => number;
}

export function createTokenProvider(o: TokenProviderOptions): TokenProvider {
  const { source, call, apiKey } = o;
  const clock = o.clock ?? Date.now;
  if (source.kind === 'static') return staticTokenProvider(o.staticToken);
  const secret = source.kind === 'uid' ? source.apiSecret : o.apiSecret;
  const obtain =
    source.kind === 'uid'
      ? () => tokenByUid(call, apiKey, source.apiSecret, source.uid, clock())
      : async () => {
          const sfa = await startMfaLogin(call, apiKey, source.email, source.password);
          const finish = () => o.otp().withFreshOtp((code) => finishMfaLogin(call, apiKey, sfa, code, clock()));
          // A code of this step may already have been used (by npm run enroll a moment ago): once more, a step later.
          return finish().catch((error: unknown) => {
            if (error instanceof CredentialError && error.code === 1068) return finish();
            throw error;
          });
        };
  const renew = async (previous: ObtainedToken) => {
    if (secret !== undefined && previous.refreshToken !== undefined) {
      const renewed = await refreshByToken(call, apiKey, secret, previous.refreshToken, clock());
      if (renewed) return renewed;
    }
    return obtain();
  };
  return renewingProvider({ kind: source.kind, obtain, renew }, o.onToken, clock);
}
