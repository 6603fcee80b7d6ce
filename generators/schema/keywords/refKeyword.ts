/** `$ref`: follows a local reference through `options.resolveRef`; siblings (2020-12 allows them) are merged in. */
import { isUnconstrained, omitKeywords, type KeywordDefinition } from '../keywordDefinition.ts';
import { annotationKeywords } from '../annotationKeywords.ts';

export const refKeyword: KeywordDefinition = {
  name: 'ref',
  keywords: ['$ref'],
  applies: (schema) => typeof schema.$ref === 'string',
  build: (schema, ctx) => {
    const target = ctx.options.resolveRef(schema.$ref as string);
    const rest = omitKeywords(schema, ['$ref']);
    // A reference is one level of nesting, so a recursive schema meets maxDepth and stops growing.
    return isUnconstrained(rest, annotationKeywords) ? ctx.child(target) : ctx.child({ allOf: [target, rest] });
  },
};
