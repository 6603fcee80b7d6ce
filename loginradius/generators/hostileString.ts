/**
 * A pool of strings that tend to break parsers, loggers and templates: injections, control
 * characters, very long values, bidirectional text and emoji. Values stay under 9 KB so they
 * also fit in a query string (Node's default header limit is 16 KB).
 */
import * as fc from 'fast-check';
import type { Variant } from './variant.ts';

export const HOSTILE_KINDS = [
  'sql-injection',
  'script',
  'path-traversal',
  'template',
  'control-chars',
  'crlf',
  'very-long',
  'rtl',
  'emoji',
  'json-fragment',
] as const;
export type HostileKind = (typeof HOSTILE_KINDS)[number];
export type HostileString = Variant<HostileKind, string>;

const pools: Record<Exclude<HostileKind, 'very-long' | 'control-chars'>, readonly string[]> = {
  'sql-injection': ["' OR '1'='1", '1; DROP TABLE users--', '" OR ""="', "admin'--"],
  script: ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)'],
  'path-traversal': ['../../../../etc/passwd', '..%2f..%2fwindows%2fwin.ini', '/%2e%2e/%2e%2e/'],
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, sent as text
  template: ['{{7*7}}', '${7*7}', '%s%s%s%n', '#{7*7}', '<%= 7*7 %>'],
  crlf: ['a\r\nX-Injected: 1', '%0d%0aSet-Cookie: x=1', 'line\nbreak'],
  rtl: ['\u202eevil\u202c', 'مرحبا', 'שָׁלוֹם', 'abc\u200fdef'],
  emoji: ['😀', '👩‍👩‍👧‍👦', '🏳️‍🌈', '\ud83d\ude00'.repeat(8)],
  'json-fragment': ['{"a":1}', '[]', 'null', '"quoted"', '\\u0000'],
};

export function hostileString(options: { readonly kinds?: readonly HostileKind[] } = {}): fc.Arbitrary<HostileString> {
  const kinds = options.kinds ?? HOSTILE_KINDS;
  if (kinds.length === 0) throw new Error(`hostileString: kinds must be a non-empty subset of ${HOSTILE_KINDS.join(', ')}.`);
  return fc.oneof(
    ...kinds.map((kind): fc.Arbitrary<HostileString> => {
      if (kind === 'very-long')
        return fc
          .tuple(fc.constantFrom('a', 'ü', '0', '%'), fc.integer({ min: 1024, max: 8192 }))
          .map(([c, n]) => ({ kind, value: c.repeat(n) }));
      if (kind === 'control-chars')
        return fc
          .string({ unit: fc.integer({ min: 0, max: 31 }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 8 })
          .map((value) => ({ kind, value }));
      return fc.constantFrom(...pools[kind]).map((value) => ({ kind, value }));
    }),
  );
}
