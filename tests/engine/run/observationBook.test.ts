import { test, expect } from '@playwright/test';
import { createObservationBook } from '../../../engine/run/observationBook.ts';
import { errorCodeOf } from '../../../loginradius/checks/errorEnvelope.ts';
import { aCase, envelopeOf, respond, transportError } from '../checks/fixtures.ts';

test('counts status, error code, rule and example per operation; a transport error has no status', () => {
  const book = createObservationBook(errorCodeOf);
  const wrongKey = aCase({ label: { kind: 'negative', rule: 'wrong-apikey', detail: 'x' } });
  book.add(respond(wrongKey, 403, envelopeOf(901)));
  book.add(respond(wrongKey, 403, envelopeOf(901)));
  book.add(respond(aCase({ label: { kind: 'positive', example: '2' } }), 200, {}));
  book.add(transportError(aCase()));
  expect(book.observations()).toEqual([
    { operationId: 'mfaReAuthenticate', status: 403, errorCode: 901, rule: 'wrong-apikey', count: 2 },
    { operationId: 'mfaReAuthenticate', status: 200, example: '2', count: 1 },
    { operationId: 'mfaReAuthenticate', count: 1 },
  ]);
});
