/** `anyOf`: any one branch merged with the sibling keywords (a value matching several is fine). */
import * as fc from 'fast-check';
import type { KeywordDefinition } from '../keywordDefinition.ts';
import { mergedBranches } from './mergedBranches.ts';

export const anyOfKeyword: KeywordDefinition = {
  name: 'anyOf',
  keywords: ['anyOf'],
  applies: (schema) => Array.isArray(schema.anyOf),
  build: (schema, ctx) => fc.oneof(...mergedBranches(schema, 'anyOf', ctx).map((branch) => ctx.same(branch))),
};
