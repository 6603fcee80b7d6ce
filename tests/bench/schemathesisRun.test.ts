import { test, expect } from '@playwright/test';
import { parseNdjson } from '../../bench/schemathesisRun.ts';

test('parseNdjson: failed check names from ScenarioFinished, error events by title; passing checks ignored', () => {
  const events = [
    { EngineStarted: { id: 1 } },
    {
      ScenarioFinished: {
        recorder: {
          checks: {
            abc: [
              { name: 'not_a_server_error', status: 'success' },
              { name: 'response_schema_conformance', status: 'failure', failure_info: {} },
            ],
          },
        },
      },
    },
    { NonFatalError: { info: { title: 'ReadTimeout' } } },
    { ScenarioFinished: { recorder: { checks: { def: [{ name: 'content_type_conformance', status: 'failure' }] } } } },
  ];
  const parsed = parseNdjson(`${events.map((e) => JSON.stringify(e)).join('\n')}\n`);
  expect(parsed.failedChecks).toEqual(['content_type_conformance', 'response_schema_conformance']);
  expect(parsed.errors).toEqual(['ReadTimeout']);
  expect(parseNdjson('')).toEqual({ failedChecks: [], errors: [] });
});
