/**
 * Law of runAccountTool: the work's exit code is the tool's; a configuration error, a vendor
 * refusal or any other failure of the work is one `✗` line and exit code 2 (the work never runs
 * without a configuration).
 */
import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import { runAccountTool, type AccountTool } from '../../cli/runAccountTool.ts';
import { CredentialError } from '../../loginradius/credentials/credentialError.ts';

const ENV = {
  LR_BASE_URL: 'http://127.0.0.1:9',
  LR_API_KEY: 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d',
  LR_API_SECRET: 'not-a-real-secret',
  LR_UID: '0123456789abcdef0123456789abcdef',
};

async function run(tool: Omit<AccountTool, 'purpose' | 'failure'>): Promise<{ code: number; errors: string[] }> {
  const errors: string[] = [];
  const original = console.error;
  console.error = (line: string) => errors.push(line);
  try {
    return { code: await runAccountTool({ purpose: 'unlock', failure: 'unlock', ...tool }), errors };
  } finally {
    console.error = original;
  }
}

test("law: the exit code is the work's, or 2 with one line naming the failure", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        fc.integer({ min: 0, max: 3 }).map((code) => ({ kind: 'exit' as const, code })),
        fc.string().map((why) => ({ kind: 'refused' as const, why })),
        fc.string().map((why) => ({ kind: 'crashed' as const, why })),
      ),
      async (outcome) => {
        const got = await run({
          env: ENV,
          work: async (config, call) => {
            expect(config).toMatchObject({ baseUrl: ENV.LR_BASE_URL, apiKey: ENV.LR_API_KEY, uid: ENV.LR_UID });
            expect(typeof call).toBe('function');
            if (outcome.kind === 'refused') throw new CredentialError('LR_API_SECRET', outcome.why, 'fix it');
            if (outcome.kind === 'crashed') throw new Error(outcome.why);
            return outcome.code;
          },
        });
        if (outcome.kind === 'exit') expect(got).toEqual({ code: outcome.code, errors: [] });
        else if (outcome.kind === 'refused')
          expect(got).toEqual({ code: 2, errors: [`✗ ${new CredentialError('LR_API_SECRET', outcome.why, 'fix it').message}`] });
        else expect(got).toEqual({ code: 2, errors: [`✗ unlock failed: ${outcome.why}`] });
      },
    ),
  );
});

test('a configuration error is exit code 2 and the work never runs', async () => {
  let ran = false;
  const got = await run({
    // Set, not left out: a local .env must not fill it in.
    env: { ...ENV, LR_API_KEY: 'not-a-guid' },
    work: async () => {
      ran = true;
      return 0;
    },
  });
  expect(ran).toBe(false);
  expect(got.code).toBe(2);
  expect(got.errors.join('\n')).toContain('LR_API_KEY');
});
