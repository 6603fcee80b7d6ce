/** 2020-12 type arrays (`type: ['string', 'null']`): one arbitrary per listed type. */
import * as fc from 'fast-check';
import type { KeywordDefinition } from '../keywordDefinition.ts';

export const typeUnionKeyword: KeywordDefinition = {
  name: 'type-union',
  keywords: ['type'],
  applies: (schema) => Array.isArray(schema.type),
  build: (schema, ctx) => {
    const types = [...new Set(schema.type as string[])];
    if (types.length === 0) throw new Error('fromSchema: `type: []` admits no value; fix the schema.');
    return fc.oneof(...types.map((type) => ctx.same({ ...schema, type })));
  },
};
