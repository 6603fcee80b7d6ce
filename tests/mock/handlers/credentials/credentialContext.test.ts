/**
 * Law of redeemQueryToken: a blank token answers its "missing" error without reaching the store;
 * otherwise the store sees the trimmed token at the request's time, and an expired answer gives the
 * token's "expired" error, an unknown or used one its "invalid" error, a good one the token and its value.
 */
import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import { envelope } from '../../../../mock/http/errorCatalogue.ts';
import { redeemQueryToken, type CredentialContext } from '../../../../mock/handlers/credentials/credentialContext.ts';
import type { Redeemed } from '../../../../mock/state/credentialStore.ts';

const ERRORS = {
  secondfactorauthenticationtoken: { missing: 'sfaTokenMissing', expired: 'sfaTokenExpired', invalid: 'sfaTokenInvalid' },
  refresh_token: { missing: 'refreshTokenMissing', expired: 'refreshTokenExpired', invalid: 'refreshTokenInvalid' },
} as const;

test('law: missing, expired, invalid or redeemed, by the token and the store', () => {
  fc.assert(
    fc.property(
      fc.constantFrom('secondfactorauthenticationtoken' as const, 'refresh_token' as const),
      fc.option(fc.stringMatching(/^\s*[\w-]*\s*$/), { nil: undefined }),
      fc.constantFrom<Redeemed<number>>({ ok: 7 }, { error: 'expired' }, { error: 'unknown' }, { error: 'used' }),
      fc.integer({ min: 0 }),
      (name, raw, answer, now) => {
        const calls: Array<[string, number]> = [];
        const ctx = { request: { query: new Map(raw === undefined ? [] : [[name, raw]]) }, now } as unknown as CredentialContext;
        const got = redeemQueryToken(ctx, name, (token, at) => {
          calls.push([token, at]);
          return answer;
        });
        const token = (raw ?? '').trim();
        const errorOf = (r: typeof got) => ('error' in r ? r.error.body : undefined);
        if (token === '') {
          expect(calls).toEqual([]);
          expect(errorOf(got)).toEqual(envelope(ERRORS[name].missing));
          return;
        }
        expect(calls).toEqual([[token, now]]);
        if ('ok' in answer) expect(got).toEqual({ value: { token, redeemed: 7 } });
        else expect(errorOf(got)).toEqual(envelope(answer.error === 'expired' ? ERRORS[name].expired : ERRORS[name].invalid));
      },
    ),
  );
});
