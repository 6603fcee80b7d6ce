/**
 * The access token of the run's account, from the configured provider (LR_TOKEN_PROVIDER). Obtained
 * once at start (its value is then the token every case is generated with); each send swaps in the
 * current token and refreshes once on a refused token (withTokenRefresh). On the mock and with a
 * static token the sends go out unchanged.
 */
import type { Case } from '../engine/case/case.ts';
import type { Exchange } from '../engine/transport/exchange.ts';
import type { Config } from '../loginradius/config/config.ts';
import { createTokenProvider } from '../loginradius/credentials/createTokenProvider.ts';
import type { TargetCredentials } from '../loginradius/credentials/credentials.ts';
import { vendorCall } from '../loginradius/credentials/vendorCall.ts';
import { withTokenRefresh } from '../loginradius/credentials/withTokenRefresh.ts';
import type { FreshOtpSource } from '../loginradius/otp/freshOtpSource.ts';

type Role = keyof Config['credentials'];

export interface AccountTokens {
  credentials(role: Role): TargetCredentials;
  /** The send with the current token and one refresh on a refused one. */
  wrap(send: (c: Case) => Promise<Exchange>): (c: Case) => Promise<Exchange>;
}

/** `onToken`: every token obtained (they are secrets: the caller redacts them). */
export async function accountTokens(config: Config, otp: () => FreshOtpSource, onToken: (token: string) => void): Promise<AccountTokens> {
  if (config.target.kind === 'mock' || config.tokenSource.kind === 'static')
    return { credentials: (role) => config.credentials[role], wrap: (send) => send };
  const positive = config.credentials.positive;
  const provider = createTokenProvider({
    source: config.tokenSource,
    call: vendorCall(config.target.baseUrl, config.timeoutMs),
    apiKey: positive.apiKey,
    ...(config.apiSecret === undefined ? {} : { apiSecret: config.apiSecret }),
    staticToken: positive.accessToken,
    otp,
    onToken,
  });
  const handle = await provider.token();
  // Remote: every role is the one account, so one provider and one handle serve them all.
  const withHandle = (role: Role): TargetCredentials => ({ ...config.credentials[role], accessToken: handle });
  return { credentials: withHandle, wrap: (send) => withTokenRefresh(send, provider, handle) };
}
