/** Sends a zero-length body with the JSON media type (the body is required). */
import * as fc from 'fast-check';
import type { NegativeRule } from '../negativeRule.ts';

export const emptyBody: NegativeRule = {
  name: 'empty-body',
  family: 'http',
  expected: 'a 400 (no body where one is required)',
  applies: (op) => op.requestBody?.required === true,
  mutation: () =>
    fc.constant({
      detail: 'zero-length body',
      apply: (c) => ({ ...c, body: { kind: 'raw', text: '', mediaType: c.body.kind === 'none' ? 'application/json' : c.body.mediaType } }),
    }),
};
