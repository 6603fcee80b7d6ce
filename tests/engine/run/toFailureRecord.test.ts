import { test, expect } from '@playwright/test';
import { toFailureRecord } from '../../../engine/run/toFailureRecord.ts';
import { makeFailure } from '../../../engine/checks/result.ts';
import { aCase, negative, respond, transportError } from '../checks/fixtures.ts';

const SECRET = 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d';
const base = {
  failure: makeFailure('no_secret_echo', 'mfaReAuthenticate', { title: `t ${SECRET}`, message: `m ${SECRET}`, essence: ['x'] }),
  occurrences: 3,
  seed: 5,
  path: '2:1',
  renderCurl: () => `curl 'http://h/x?apikey=${SECRET}'`,
  redact: (s: string) => s.replaceAll(SECRET, '[REDACTED]'),
  replayCommand: (seed: number, path: string | undefined) => `replay --seed ${seed} --path ${path} --key ${SECRET}`,
  excerptChars: 20,
};

test('everything that leaves the engine is redacted, even when renderCurl forgot to', () => {
  const record = toFailureRecord({
    ...base,
    exchange: respond(aCase({ label: negative('wrong-apikey', `key ${SECRET}`) }), 403, { Description: SECRET }),
  });
  expect(JSON.stringify(record)).not.toContain(SECRET);
  expect(record.counterexample).toEqual({
    label: 'negative: wrong-apikey (key [REDACTED])',
    curl: "curl 'http://h/x?apikey=[REDACTED]'",
    status: 403,
    responseExcerpt: '{"Description":"[RED',
  });
  expect(record.replay).toEqual({ seed: 5, path: '2:1', command: 'replay --seed 5 --path 2:1 --key [REDACTED]' });
  expect(record.occurrences).toBe(3);
});

test('a transport-error counterexample has no status and describes the error', () => {
  const record = toFailureRecord({ ...base, excerptChars: 200, exchange: transportError(aCase(), 'timeout') });
  expect(record.counterexample.status).toBeUndefined();
  expect(record.counterexample.responseExcerpt).toBe('transport error timeout: boom');
});
