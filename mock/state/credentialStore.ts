/**
 * Credentials the mock hands out at run time: second-factor login tokens, access tokens with an
 * expiry and single-use refresh tokens. Reset empties it (the fixture's own tokens live in MockState).
 */
import { randomUUID } from 'node:crypto';
import type { UserFixture } from '../fixtures/fixtureTypes.ts';

/** A SecondFactorAuthenticationToken lives as long as the vendor's default MFA login window. */
const LOGIN_TOKEN_TTL_MS = 10 * 60_000;
/** Refresh tokens live 60 days (vendor default). */
const REFRESH_TTL_MS = 60 * 24 * 3600_000;

interface Expiring {
  readonly user: UserFixture;
  readonly expiresAt: number;
}
interface RefreshRecord extends Expiring {
  used: boolean;
}

export interface TokenPair {
  readonly access_token: string;
  readonly refresh_token: string;
  /** ISO date-time: the vendor sends a timestamp here, not seconds. */
  readonly expiresAt: number;
}

export type Redeemed<T> = { readonly ok: T } | { readonly error: 'unknown' | 'expired' | 'used' };

export class CredentialStore {
  private readonly logins = new Map<string, Expiring>();
  private readonly refreshTokens = new Map<string, RefreshRecord>();
  readonly accessTokens = new Map<string, Expiring>();

  constructor(private readonly accessLifetimeMs: number) {}

  clear(): void {
    this.logins.clear();
    this.refreshTokens.clear();
    this.accessTokens.clear();
  }

  startLogin(user: UserFixture, now: number): { token: string; expiresAt: number } {
    const token = randomUUID();
    const expiresAt = now + LOGIN_TOKEN_TTL_MS;
    this.logins.set(token, { user, expiresAt });
    return { token, expiresAt };
  }

  /** The login a second-factor token belongs to; it stays usable until it expires (a wrong code may be retried). */
  login(token: string, now: number): Redeemed<UserFixture> {
    const record = this.logins.get(token);
    if (!record) return { error: 'unknown' };
    if (now >= record.expiresAt) return { error: 'expired' };
    return { ok: record.user };
  }

  endLogin(token: string): void {
    this.logins.delete(token);
  }

  issue(user: UserFixture, now: number): TokenPair {
    const pair = { access_token: randomUUID(), refresh_token: randomUUID(), expiresAt: now + this.accessLifetimeMs };
    this.accessTokens.set(pair.access_token, { user, expiresAt: pair.expiresAt });
    this.refreshTokens.set(pair.refresh_token, { user, expiresAt: now + REFRESH_TTL_MS, used: false });
    return pair;
  }

  /** A refresh token is single use: redeeming it spends it and issues a new pair. */
  refresh(token: string, now: number): Redeemed<TokenPair> {
    const record = this.refreshTokens.get(token);
    if (!record) return { error: 'unknown' };
    if (record.used) return { error: 'used' };
    if (now >= record.expiresAt) return { error: 'expired' };
    record.used = true;
    return { ok: this.issue(record.user, now) };
  }
}
