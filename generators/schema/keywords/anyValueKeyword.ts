/**
 * The fallback: a schema with no constraining keyword accepts any JSON value. Mostly scalars,
 * sometimes a small nested value: nested jsonValue is ~10x dearer to generate, and these values
 * fill open slots (extra body keys) where variety of type matters more than depth.
 */
import * as fc from 'fast-check';
import type { KeywordDefinition } from '../keywordDefinition.ts';

const scalar = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

export const anyValueKeyword: KeywordDefinition = {
  name: 'any',
  keywords: [],
  applies: () => true,
  build: (_schema, ctx) =>
    ctx.exhausted ? scalar : fc.oneof({ arbitrary: scalar, weight: 4 }, { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 }),
};
