/** coerceParameter: the OpenAPI reading of primitive parameter strings, stated as laws. */
import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import { coerceParameter } from '../../../engine/validation/coerceParameter.ts';

const anyCase = (text: string) =>
  fc
    .array(fc.boolean(), { minLength: text.length, maxLength: text.length })
    .map((upper) => [...text].map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase())).join(''));

test('a boolean written in any letter case reads back as that boolean', () => {
  fc.assert(
    fc.property(
      fc.boolean().chain((b) => anyCase(String(b)).map((raw) => [b, raw] as const)),
      ([b, raw]) => {
        expect(coerceParameter(raw, { type: 'boolean' })).toBe(b);
      },
    ),
  );
});

test('integers round-trip through their decimal text; non-numeric text stays a string', () => {
  fc.assert(
    fc.property(fc.integer(), (n) => {
      expect(coerceParameter(String(n), { type: 'integer' })).toBe(n);
    }),
  );
  expect(coerceParameter('12abc', { type: 'integer' })).toBe('12abc');
});

test('string schemas and unknown words are never coerced', () => {
  fc.assert(
    fc.property(fc.string(), (raw) => {
      expect(coerceParameter(raw, { type: 'string' })).toBe(raw);
    }),
  );
  expect(coerceParameter('yes', { type: 'boolean' })).toBe('yes');
  expect(coerceParameter('true', true)).toBe('true');
});
