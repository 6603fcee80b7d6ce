/**
 * The same text with some letters' case flipped (the vendor matches paths and names without
 * regard to case, so these stay positive). Mostly the text as written; shrinks back to it.
 */
import * as fc from 'fast-check';

function flip(text: string, mask: number): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    out += (mask >>> (i % 31)) & 1 ? (ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase()) : ch;
  }
  return out;
}

export function oddlyCased(text: string): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constant(text), weight: 3 },
    { arbitrary: fc.constantFrom(text.toLowerCase(), text.toUpperCase()), weight: 1 },
    { arbitrary: fc.integer({ min: 1, max: 0x7fffffff }).map((mask) => flip(text, mask)), weight: 1 },
  );
}
