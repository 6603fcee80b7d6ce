/**
 * `oneOf`: one branch (merged with the sibling keywords) at a time. With `options.matches`,
 * values that satisfy more than one branch are filtered out; without it branches must be disjoint.
 */
import * as fc from 'fast-check';
import { omitKeywords, type KeywordDefinition } from '../keywordDefinition.ts';
import { mergeSchemas } from '../mergeSchemas.ts';
import type { JsonSchema } from '../../../engine/contract/types.ts';

export const oneOfKeyword: KeywordDefinition = {
  name: 'oneOf',
  keywords: ['oneOf'],
  applies: (schema) => Array.isArray(schema.oneOf),
  build: (schema, ctx) => {
    const rest = omitKeywords(schema, ['oneOf']);
    const branches = (schema.oneOf as JsonSchema[]).map((b) => mergeSchemas([rest, b], ctx.options.resolveRef));
    if (branches.length === 0) throw new Error('fromSchema: `oneOf: []` admits no value; fix the schema.');
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
