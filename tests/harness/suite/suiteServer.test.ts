/**
 * The loopback endpoint between the CLI's engine and the Playwright workers: an outcome crosses
 * unchanged, a test that threw reaches the worker as an error with its message redacted, and
 * nobody without the run's token gets anything.
 */
import { test, expect } from '@playwright/test';
import { suiteClient } from '../../../harness/suite/suiteClient.ts';
import { startSuiteServer } from '../../../harness/suite/suiteServer.ts';
import type { SuiteOutcome } from '../../../harness/suite/suiteTest.ts';
import type { SuiteManifest } from '../../../harness/suite/suiteSession.ts';

const outcome: SuiteOutcome = {
  records: [],
  annotations: [{ type: 'note', description: 'ünïcode — and "quotes"' }],
  skip: 'not here',
  verdict: { harnessErrors: [], failures: ['x on y: z'], sent: 3 },
};

const manifestOf = (url: string, token: string): SuiteManifest => ({
  url,
  token,
  titles: { coverage: [], drift: [], examples: [], flows: [], negative: [], positive: [] },
  timeoutsMs: { known: 1234 },
  deadlineAt: 0,
  runner: { reportsDir: 'r', contractTarget: 't', operationOrder: [], timeoutMs: 1 },
});

test('an outcome crosses unchanged; a failed test is an error with its message redacted; a wrong token gets 401', async () => {
  const secret = 'S3CRET-token-value';
  const server = await startSuiteServer({
    outcome: async (title) => {
      if (title === 'broken') throw new Error(`exploded while sending ${secret}`);
      await new Promise((r) => setTimeout(r, 20)); // the answer waits for the test
      return outcome;
    },
    redact: (text) => text.replaceAll(secret, '[REDACTED]'),
  });
  try {
    const client = suiteClient(manifestOf(server.url, server.token));
    expect(await client.outcome('any title / with ? & #')).toEqual(outcome);
    const error = await client.outcome('broken').catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain('"broken" failed in the run\'s engine');
    expect((error as Error).message).toContain('[REDACTED]');
    expect((error as Error).message).not.toContain(secret);
    expect(client.timeoutMs('known')).toBe(1234);
    const intruder = await fetch(`${server.url}/outcome?title=x`, { headers: { authorization: 'Bearer guess' } });
    expect(intruder.status).toBe(401);
    expect(await intruder.text()).not.toContain('records');
  } finally {
    await server.close();
  }
});

test('an engine that is gone is named in the error', async () => {
  const server = await startSuiteServer({ outcome: async () => outcome, redact: (t) => t });
  const { url, token } = server;
  await server.close();
  const error = await suiteClient(manifestOf(url, token))
    .outcome('positive x')
    .catch((e: Error) => e);
  expect((error as Error).message).toMatch(/the run's engine \(npm run contract\) did not answer for "positive x"/);
});
