/** `anyOf`: any one branch merged with the sibling keywords (a value matching several is fine). */
import * as fc from 'fast-check';
import { omitKeywords, type KeywordDefinition } from '../keywordDefinition.ts';
import { mergeSchemas } from '../mergeSchemas.ts';
import type { JsonSchema } from '../../../engine/contract/types.ts';

export const anyOfKeyword: KeywordDefinition = {
  name: 'anyOf',
  keywords: ['anyOf'],
  applies: (schema) => Array.isArray(schema.anyOf),
  build: (schema, ctx) => {
    const rest = omitKeywords(schema, ['anyOf']);
    const branches = (schema.anyOf as JsonSchema[]).map((b) => ctx.same(mergeSchemas([rest, b], ctx.options.resolveRef)));
    if (branches.length === 0) throw new Error('fromSchema: `anyOf: []` admits no value; fix the schema.');
    return fc.oneof(...branches);
  },
};
