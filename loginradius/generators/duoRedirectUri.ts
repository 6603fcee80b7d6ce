/**
 * `duoredirecturi` values (the contract types it as a plain string): absolute https URLs,
 * relative references, `javascript:` URLs and over-long URLs (kept under 9 KB so the query
 * string stays below Node's 16 KB header limit).
 */
import * as fc from 'fast-check';
import type { Variant } from './variant.ts';

type DuoRedirectUriKind = 'valid-url' | 'relative' | 'javascript' | 'over-long';
export type DuoRedirectUriVariant = Variant<DuoRedirectUriKind, string>;

export function duoRedirectUri(): fc.Arbitrary<DuoRedirectUriVariant> {
  return fc.oneof(
    fc.webUrl({ validSchemes: ['https'], withQueryParameters: true }).map((value) => ({ kind: 'valid-url' as const, value })),
    fc
      .oneof(fc.constantFrom('/callback', './duo', '../x', '?q=1', '#frag'), fc.webPath())
      .map((value) => ({ kind: 'relative' as const, value })),
    fc
      .constantFrom('javascript:alert(1)', 'JaVaScRiPt:alert(document.cookie)', 'javascript://%0aalert(1)')
      .map((value) => ({ kind: 'javascript' as const, value })),
    fc.integer({ min: 2100, max: 8000 }).map((n) => ({ kind: 'over-long' as const, value: `https://example.com/${'a'.repeat(n)}` })),
  );
}
