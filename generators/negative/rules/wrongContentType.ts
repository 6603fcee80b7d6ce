/**
 * Sends the positive JSON text under a media type the vendor refuses. Excluded on purpose:
 * `application/x-www-form-urlencoded` (accepted by the vendor) and `text/json` (ASP.NET's JSON
 * formatter accepts it), so the case is negative on the real vendor too.
 */
import * as fc from 'fast-check';
import type { NegativeRule } from '../negativeRule.ts';

export const wrongContentType: NegativeRule = {
  name: 'wrong-content-type',
  family: 'http',
  expected: 'a 4xx (a media type the operation does not take)',
  applies: (op) => op.requestBody !== undefined,
  mutation: () =>
    fc
      .constantFrom('text/plain', 'text/html', 'application/octet-stream', 'application/xml', 'text/csv; charset=utf-8')
      .map((mediaType) => ({
        detail: `Content-Type ${mediaType}`,
        apply: (c) => ({ ...c, body: { kind: 'raw', text: c.body.kind === 'json' ? JSON.stringify(c.body.value) : '', mediaType } }),
      })),
};
