/** `type: 'null'`. */
import * as fc from 'fast-check';
import type { KeywordDefinition } from '../keywordDefinition.ts';

export const nullKeyword: KeywordDefinition = {
  name: 'null',
  keywords: ['type'],
  applies: (schema) => schema.type === 'null',
  build: () => fc.constant(null),
};
