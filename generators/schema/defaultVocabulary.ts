/**
 * The ordered keyword families. Order matters: references and combinators rewrite the schema
 * before any type family sees it; the first family whose `applies` holds builds the arbitrary.
 */
import type { KeywordDefinition } from './keywordDefinition.ts';
import { refKeyword } from './keywords/refKeyword.ts';
import { allOfKeyword } from './keywords/allOfKeyword.ts';
import { constantKeywords } from './keywords/constantKeywords.ts';
import { oneOfKeyword } from './keywords/oneOfKeyword.ts';
import { anyOfKeyword } from './keywords/anyOfKeyword.ts';
import { notKeyword } from './keywords/notKeyword.ts';
import { typeUnionKeyword } from './keywords/typeUnionKeyword.ts';
import { nullKeyword } from './keywords/nullKeyword.ts';
import { booleanKeyword } from './keywords/booleanKeyword.ts';
import { numberKeywords } from './keywords/numberKeywords.ts';
import { stringKeywords } from './keywords/stringKeywords.ts';
import { arrayKeywords } from './keywords/arrayKeywords.ts';
import { objectKeywords } from './keywords/objectKeywords.ts';
import { anyValueKeyword } from './keywords/anyValueKeyword.ts';

export const defaultVocabulary: readonly KeywordDefinition[] = [
  refKeyword,
  allOfKeyword,
  constantKeywords,
  oneOfKeyword,
  anyOfKeyword,
  notKeyword,
  typeUnionKeyword,
  nullKeyword,
  booleanKeyword,
  numberKeywords,
  stringKeywords,
  arrayKeywords,
  objectKeywords,
  anyValueKeyword,
];
