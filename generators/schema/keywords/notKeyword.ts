/** `not`: the rest of the schema, filtered by `options.matches` (there is no way to build a complement). */
import { omitKeywords, type KeywordDefinition } from '../keywordDefinition.ts';
import type { JsonSchema } from '../../../engine/contract/types.ts';

export const notKeyword: KeywordDefinition = {
  name: 'not',
  keywords: ['not'],
  applies: (schema) => 'not' in schema,
  build: (schema, ctx) => {
    const matches = ctx.options.matches;
    if (matches === undefined)
      throw new Error('fromSchema: `not` needs a validator; pass options.matches, e.g. (s, v) => ajv.validate(s, v).');
    const negated = schema.not as JsonSchema;
    return ctx.same(omitKeywords(schema, ['not'])).filter((v) => !matches(negated, v));
  },
};
