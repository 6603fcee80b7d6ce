/** `const` and `enum`: the listed values themselves (shrinking towards the first one). */
import * as fc from 'fast-check';
import type { KeywordDefinition } from '../keywordDefinition.ts';

export const constantKeywords: KeywordDefinition = {
  name: 'const/enum',
  keywords: ['const', 'enum'],
  applies: (schema) => 'const' in schema || Array.isArray(schema.enum),
  build: (schema) => {
    if ('const' in schema) return fc.constant(schema.const);
    const values = schema.enum as unknown[];
    if (values.length === 0) throw new Error('fromSchema: `enum: []` admits no value; fix the schema.');
    return fc.constantFrom(...values);
  },
};
