/**
 * Adds a body key the schema forbids. Only where the body schema says `additionalProperties: false`:
 * our request bodies are open (the vendor ignores unknown keys, D11), so on this document the
 * rule applies to no operation, and an extra key in a positive case is still positive.
 */
import * as fc from 'fast-check';
import type { NegativeRule } from '../negativeRule.ts';
import { bodySchemaOf } from '../bodySchemaOf.ts';
import { withBodyKey } from '../bodyEdits.ts';

export const unknownProperty: NegativeRule = {
  name: 'unknown-property',
  family: 'schema',
  expected: 'a 4xx refusal',
  applies: (op, ctx) => bodySchemaOf(op, ctx.contract)?.additionalProperties === false,
  mutation: (op, ctx) => {
    const declared = Object.keys((bodySchemaOf(op, ctx.contract)?.properties ?? {}) as object).map((k) => k.toLowerCase());
    return fc
      .tuple(fc.stringMatching(/^unexpected_[a-z]{1,8}$/), fc.jsonValue({ maxDepth: 1 }))
      .filter(([k]) => !declared.includes(k))
      .map(([key, value]) => ({ detail: `body key "${key}" added`, apply: (c) => withBodyKey(c, key, value) }));
  },
};
