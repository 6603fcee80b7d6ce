import { test, expect } from '@playwright/test';
import { createBaselineRecorder, serializeBaseline } from '../../../engine/baseline/baseline.ts';
import { recordBaseline } from './recordWithErrorCodes.ts';
import { errorCodeOf } from '../../../loginradius/checks/errorEnvelope.ts';
import { aCase, envelopeOf, respond, transportError } from '../checks/fixtures.ts';

const exchanges = () => [
  respond(aCase(), 200, { IsGoogleAuthenticatorVerified: true, Items: [{ Name: 'a' }] }),
  respond(aCase(), 403, envelopeOf(905)),
  respond(aCase(), 403, envelopeOf(901)),
  respond(aCase({ operationId: 'mfaUpdateSetting', method: 'PUT' }), 400, envelopeOf(908)),
  transportError(aCase()),
];

test('records shape, error codes and content types per operation and status; transport errors ignored', () => {
  const b = recordBaseline(exchanges());
  expect(Object.keys(b.operations.mfaReAuthenticate ?? {})).toEqual(['200', '403']);
  expect(b.operations.mfaReAuthenticate?.['403']?.['any']?.errorCodes).toEqual([901, 905]);
  expect(b.operations.mfaReAuthenticate?.['403']?.['any']?.contentTypes).toEqual(['application/json']);
  expect(b.operations.mfaReAuthenticate?.['200']?.['any']?.shape['/Items/*/Name']).toEqual({ types: ['string'] });
  expect(b.operations.mfaUpdateSetting?.['400']?.['any']?.errorCodes).toEqual([908]);
});

test('is deterministic: order of exchanges does not change the serialized file; keys are sorted', () => {
  const forward = serializeBaseline(recordBaseline(exchanges()));
  const backward = serializeBaseline(recordBaseline(exchanges().reverse()));
  expect(backward).toBe(forward);
  expect(forward.endsWith('}\n')).toBe(true);
  expect(forward.indexOf('"mfaReAuthenticate"')).toBeLessThan(forward.indexOf('"mfaUpdateSetting"'));
  expect(forward).not.toContain('a0b1c2d3'); // shapes only: no request or response values
});

test('createBaselineRecorder aggregates incrementally to the same baseline as recordBaseline', () => {
  const recorder = createBaselineRecorder({ errorCodeOf });
  for (const e of exchanges()) recorder.add(e);
  expect(recorder.baseline()).toEqual(recordBaseline(exchanges()));
});

test('classOf records each request class apart: a field every answer of one class carries stays required there', () => {
  const full = (body: unknown) => respond(aCase({ query: [] }), 200, body);
  const projected = (body: unknown) => respond(aCase({ query: [['fields', 'A']] }), 200, body);
  const b = createBaselineRecorder({ classOf: ({ case: c }) => (c.query.length > 0 ? 'projected' : 'full') });
  for (const e of [full({ A: 1, B: 2 }), full({ A: 3, B: 4 }), projected({ A: 5 }), projected({})]) b.add(e);
  const byClass = b.baseline().operations.mfaReAuthenticate?.['200'];
  expect(Object.keys(byClass ?? {})).toEqual(['full', 'projected']);
  expect(byClass?.['full']?.shape['/B']).toEqual({ types: ['number'] });
  expect(byClass?.['projected']?.shape['/A']).toEqual({ types: ['number'], optional: true });
  expect(b.baseline().version).toBe(3);
});
