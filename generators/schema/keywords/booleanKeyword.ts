/** `type: 'boolean'`. */
import * as fc from 'fast-check';
import type { KeywordDefinition } from '../keywordDefinition.ts';

export const booleanKeyword: KeywordDefinition = {
  name: 'boolean',
  keywords: ['type'],
  applies: (schema) => schema.type === 'boolean',
  build: () => fc.boolean(),
};
