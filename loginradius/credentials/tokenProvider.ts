/**
 * One interface for every way of getting the test user's access token. `token()` answers a token that
 * is not about to expire (renewing it first when its known lifetime is nearly over); `refresh(stale)`
 * renews after the target refused `stale`: concurrent callers share one renewal, and a caller whose
 * token was already replaced just gets the new one. `refreshes` counts renewals after the first token;
 * `claimRefreshes()` hands each renewal to exactly one caller (so records sum to the total).
 */
import type { ObtainedToken } from './obtainedToken.ts';

export interface TokenProvider {
  readonly kind: 'static' | 'login' | 'uid';
  token(): Promise<string>;
  refresh(stale: string): Promise<string>;
  readonly refreshes: number;
  claimRefreshes(): number;
}

export interface RenewingSource {
  readonly kind: TokenProvider['kind'];
  obtain(): Promise<ObtainedToken>;
  /** A new token after `previous` (by its refresh token when possible, else obtained anew). */
  renew(previous: ObtainedToken): Promise<ObtainedToken>;
}

/** Renew this long before expiry: a quarter of the lifetime, at most 60 s. */
export function renewalMargin(t: ObtainedToken): number {
  return t.expiresAt === undefined ? 0 : Math.min(60_000, (t.expiresAt - t.obtainedAt) / 4);
}

/** `onToken` sees every new token (the harness adds it to the redactor). `clock`: @defaultValue Date.now */
export function renewingProvider(
  source: RenewingSource,
  onToken: (token: string) => void = () => {},
  clock: () => number = Date.now,
): TokenProvider {
  let current: ObtainedToken | undefined;
  let pending: Promise<ObtainedToken> | undefined;
  let refreshes = 0;
  let claimed = 0;
  const adopt = (run: () => Promise<ObtainedToken>, counts: boolean): Promise<ObtainedToken> => {
    pending ??= run().then(
      (t) => {
        current = t;
        pending = undefined;
        if (counts) refreshes += 1;
        onToken(t.accessToken);
        return t;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  const renew = () => adopt(() => source.renew(current!), true);
  return {
    kind: source.kind,
    get refreshes() {
      return refreshes;
    },
    claimRefreshes() {
      const unclaimed = refreshes - claimed;
      claimed = refreshes;
      return unclaimed;
    },
    async token() {
      if (pending) return (await pending).accessToken;
      if (!current) return (await adopt(() => source.obtain(), false)).accessToken;
      if (current.expiresAt !== undefined && clock() >= current.expiresAt - renewalMargin(current)) return (await renew()).accessToken;
      return current.accessToken;
    },
    async refresh(stale) {
      if (pending) return (await pending).accessToken;
      if (!current) return (await adopt(() => source.obtain(), false)).accessToken;
      if (current.accessToken !== stale) return current.accessToken;
      return (await renew()).accessToken;
    },
  };
}

/** LR_ACCESS_TOKEN (and the mock's fixture tokens): nothing to renew, so refresh answers the same token. */
export function staticTokenProvider(token: string): TokenProvider {
  return { kind: 'static', refreshes: 0, claimRefreshes: () => 0, token: async () => token, refresh: async () => token };
}
