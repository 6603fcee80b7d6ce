/**
 * fromSchema on the real document: values generated from every response and request schema
 * (with `$ref`s resolved by contract.resolveRef) pass the team's validator for that operation,
 * status and media type — the same ajv answer the checks will give.
 */
import { test } from '@playwright/test';
import * as fc from 'fast-check';
import { fromSchema } from '../../../generators/index.ts';
import { contract, operations, validator } from '../generationFixture.ts';

for (const op of operations) {
  test(`${op.operationId}: values from each documented schema validate`, () => {
    for (const [status, response] of Object.entries(op.responses)) {
      for (const [mediaType, media] of Object.entries(response.content)) {
        const code = status === 'default' ? 599 : Number(status.replace(/XX$/i, '00'));
        fc.assert(
          fc.property(fromSchema(media.schema, { resolveRef: contract.resolveRef, additionalProperties: 'sometimes' }), (body) => {
            const r = validator.validate(op.operationId, code, mediaType, body);
            if (!r.ok) throw new Error(`${status} ${mediaType}: ${r.summary}`);
          }),
          { numRuns: 60, seed: 13 },
        );
      }
    }
    for (const [mediaType, media] of Object.entries(op.requestBody?.content ?? {})) {
      fc.assert(
        fc.property(fromSchema(media.schema, { resolveRef: contract.resolveRef, additionalProperties: 'sometimes' }), (body) => {
          const r = validator.validateRequestBody(op.operationId, mediaType, body);
          if (!r.ok) throw new Error(`request ${mediaType}: ${r.summary}`);
        }),
        { numRuns: 100, seed: 14 },
      );
    }
  });
}
