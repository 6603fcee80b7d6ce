/**
 * `type: 'string'` with minLength/maxLength (counted in code points, as ajv does), `format`
 * (options.formats) and `pattern` (fc.stringMatching, which builds matching strings instead of
 * filtering, so tight patterns do not starve generation).
 */
import * as fc from 'fast-check';
import type { KeywordDefinition } from '../keywordDefinition.ts';

const stringOnly = ['minLength', 'maxLength', 'pattern', 'format'];
const codePoints = (s: string): number => [...s].length;

export const stringKeywords: KeywordDefinition = {
  name: 'string',
  keywords: ['type', ...stringOnly],
  applies: (schema) => schema.type === 'string' || (schema.type === undefined && stringOnly.some((k) => k in schema)),
  build: (schema, ctx) => {
    const minLength = (schema.minLength as number | undefined) ?? 0;
    const maxLength = schema.maxLength as number | undefined;
    const inLength = (s: string): boolean => codePoints(s) >= minLength && (maxLength === undefined || codePoints(s) <= maxLength);
    const bounded = minLength > 0 || maxLength !== undefined;
    if (typeof schema.format === 'string') {
      const arb = ctx.options.formats[schema.format];
      if (arb === undefined)
        throw new Error(
          `fromSchema: no generator for format "${schema.format}"; pass options.formats { "${schema.format}": fc.Arbitrary<string> }.`,
        );
      const pattern = typeof schema.pattern === 'string' ? new RegExp(schema.pattern, 'u') : undefined;
      const formatted = pattern === undefined ? arb : arb.filter((s) => pattern.test(s));
      return bounded ? formatted.filter(inLength) : formatted;
    }
    if (typeof schema.pattern === 'string') {
      const matching = fc.stringMatching(new RegExp(schema.pattern, 'u'));
      return bounded ? matching.filter(inLength) : matching;
    }
    const cap = Math.max(minLength, Math.min(maxLength ?? Number.MAX_SAFE_INTEGER, minLength + ctx.options.maxLength));
    return fc.string({ unit: ctx.options.stringUnit, minLength, maxLength: cap });
  },
};
