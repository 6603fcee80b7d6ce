/**
 * Everything mutable in the mock, built from the fixture: lookups (API key → tenant, token → user)
 * and per-user state. `reset()` returns to the fixture; the lookups never change.
 */
import { CredentialStore } from './credentialStore.ts';
import { UserState } from './userState.ts';
import type { MockFixture, TenantFixture, UserFixture } from '../fixtures/fixtureTypes.ts';

type TokenKind = 'valid' | 'expired' | 'revoked';
export interface TokenRecord {
  readonly user: UserFixture;
  readonly kind: TokenKind;
}

export class MockState {
  readonly tenantsByKey = new Map<string, TenantFixture>();
  readonly tokens = new Map<string, TokenRecord>();
  readonly positiveUserOf = new Map<string, UserFixture>();
  /** Lower-cased email → user (MFA login by email). */
  readonly userByEmail = new Map<string, UserFixture>();
  readonly issued: CredentialStore;
  private users = new Map<string, UserState>();

  constructor(
    readonly fixture: MockFixture,
    private readonly thresholdOverride: number | undefined,
    accessLifetimeMs = 15 * 60_000,
  ) {
    this.issued = new CredentialStore(accessLifetimeMs);
    for (const t of fixture.tenants) this.tenantsByKey.set(t.apiKey, t);
    for (const u of fixture.users) {
      for (const kind of ['valid', 'expired', 'revoked'] as const) this.tokens.set(u.accessTokens[kind], { user: u, kind });
      if (u.role === 'positive') this.positiveUserOf.set(u.tenant, u);
      this.userByEmail.set(u.email.toLowerCase(), u);
    }
    this.reset();
  }

  reset(): void {
    this.issued.clear();
    const tenants = new Map(this.fixture.tenants.map((t) => [t.name, t]));
    this.users = new Map(
      this.fixture.users.map((u) => {
        const tenant = tenants.get(u.tenant)!;
        const policy = {
          type: tenant.lockout.type,
          threshold: this.thresholdOverride ?? tenant.lockout.threshold,
          suspendMs: tenant.lockout.suspendSeconds * 1000,
        };
        return [u.uid, new UserState(u, tenant, policy)];
      }),
    );
  }

  user(uid: string): UserState {
    const state = this.users.get(uid);
    if (!state) throw new Error(`MockState.user: no user with uid ${uid} in the fixture`);
    return state;
  }

  allUsers(): IterableIterator<UserState> {
    return this.users.values();
  }
}
