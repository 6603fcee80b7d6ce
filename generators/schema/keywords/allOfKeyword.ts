/** `allOf`: merged into one schema first (see mergeSchemas), then generated at the same depth. */
import { omitKeywords, type KeywordDefinition } from '../keywordDefinition.ts';
import { mergeSchemas } from '../mergeSchemas.ts';
import type { JsonSchema } from '../../../engine/contract/types.ts';

export const allOfKeyword: KeywordDefinition = {
  name: 'allOf',
  keywords: ['allOf'],
  applies: (schema) => Array.isArray(schema.allOf),
  build: (schema, ctx) =>
    ctx.same(mergeSchemas([omitKeywords(schema, ['allOf']), ...(schema.allOf as JsonSchema[])], ctx.options.resolveRef)),
};
