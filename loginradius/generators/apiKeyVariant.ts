/**
 * API key values by kind (the table in the team brief gives each its outcome):
 * valid; missing / empty / whitespace (→ 400 908); unknown GUID, malformed, unauthorised,
 * oversized (→ 403 901). `value` is undefined only for `missing`.
 */
import * as fc from 'fast-check';
import type { TargetCredentials } from '../credentials/credentials.ts';
import type { Variant } from './variant.ts';

export const API_KEY_KINDS = ['valid', 'missing', 'empty', 'whitespace', 'unknown', 'malformed', 'unauthorised', 'oversized'] as const;
export type ApiKeyKind = (typeof API_KEY_KINDS)[number];
export type ApiKeyVariant = Variant<ApiKeyKind, string | undefined>;

/** GUIDs the target does not know: any uuid other than the credentials' keys (case-insensitively). */
export function unknownApiKey(credentials: TargetCredentials): fc.Arbitrary<string> {
  const known = [credentials.apiKey, credentials.unauthorisedApiKey].filter((k) => k !== undefined).map((k) => k.toLowerCase());
  return fc.uuid().filter((u) => !known.includes(u.toLowerCase()));
}

export function apiKeyVariant(
  credentials: TargetCredentials,
  options: { readonly kinds?: readonly ApiKeyKind[] } = {},
): fc.Arbitrary<ApiKeyVariant> {
  const available = API_KEY_KINDS.filter((k) => k !== 'unauthorised' || credentials.unauthorisedApiKey !== undefined);
  const kinds = options.kinds ?? available;
  const missing = kinds.filter((k) => !available.includes(k));
  if (kinds.length === 0 || missing.length > 0)
    throw new Error(
      `apiKeyVariant: kinds ${JSON.stringify(missing)} are not available (unauthorised needs credentials.unauthorisedApiKey); choose from ${available.join(', ')}.`,
    );
  const byKind: Record<ApiKeyKind, () => fc.Arbitrary<string | undefined>> = {
    valid: () => fc.constant(credentials.apiKey),
    missing: () => fc.constant(undefined),
    empty: () => fc.constant(''),
    whitespace: () => fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0'), minLength: 1, maxLength: 4 }),
    unknown: () => unknownApiKey(credentials),
    malformed: () =>
      fc.oneof(
        fc.uuid().map((u) => u.slice(0, 35)),
        fc.uuid().map((u) => u.replace(/-/g, '')),
        fc.uuid().map((u) => `${u}x`),
        fc.stringMatching(/^[g-z]{8}$/),
        fc.constant(`{${credentials.apiKey.length}}`),
      ),
    unauthorised: () => fc.constant(credentials.unauthorisedApiKey as string),
    oversized: () => fc.integer({ min: 4096, max: 8000 }).map((n) => 'a'.repeat(n)),
  };
  return fc.oneof(...kinds.map((kind) => byKind[kind]().map((value): ApiKeyVariant => ({ kind, value }))));
}
