/**
 * `oneOf`: one branch (merged with the sibling keywords) at a time. With `options.matches`,
 * values that satisfy more than one branch are filtered out; without it branches must be disjoint.
 */
import * as fc from 'fast-check';
import type { KeywordDefinition } from '../keywordDefinition.ts';
import { mergedBranches } from './mergedBranches.ts';

export const oneOfKeyword: KeywordDefinition = {
  name: 'oneOf',
  keywords: ['oneOf'],
  applies: (schema) => Array.isArray(schema.oneOf),
  build: (schema, ctx) => {
    const branches = mergedBranches(schema, 'oneOf', ctx);
    const matches = ctx.options.matches;
    return fc.oneof(
      ...branches.map((branch, i) => {
        const arb = ctx.same(branch);
        if (matches === undefined) return arb;
        const others = branches.filter((_, j) => j !== i);
        return arb.filter((v) => others.every((o) => !matches(o, v)));
      }),
    );
  },
};
