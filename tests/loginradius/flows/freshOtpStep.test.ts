/** Law of freshOtpStep: one step is sent with the fresh code in its body, labelled as asked, and its exchange is what the code source sees. */
import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import type { Case } from '../../../engine/case/case.ts';
import { freshOtpStep } from '../../../loginradius/flows/freshOtpStep.ts';
import type { FlowContext } from '../../../loginradius/flows/flowContext.ts';
import { flowCase } from '../../../loginradius/flows/flowCase.ts';
import { contract, credentials } from '../../generators/generationFixture.ts';
import { respond } from '../../engine/checks/fixtures.ts';

test('law: the sent case is the flow case of the step with the fresh code', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.stringMatching(/^\d{6}$/),
      fc.string(),
      fc.boolean(),
      fc.option(fc.boolean(), { nil: undefined }),
      async (code, label, ownBody, expectRejection) => {
        const sent: Case[] = [];
        const seen: unknown[] = [];
        const ctx = {
          contract,
          credentials,
          recorder: {
            send: async (c: Case) => {
              sent.push(c);
              return respond(c, 200, {});
            },
          },
          otp: {
            withFreshOtp: async (use: (otp: string) => Promise<unknown>) => {
              const result = await use(code);
              seen.push(result);
              return result;
            },
          },
        } as unknown as FlowContext;
        const body = ownBody ? (otp: string) => ({ otp, extra: true }) : undefined;
        const exchange = await freshOtpStep(ctx, 'mfaReAuthenticateByOTP', { label, body, expectRejection });
        const expected = flowCase(contract, 'mfaReAuthenticateByOTP', credentials, {
          label,
          body: ownBody ? { otp: code, extra: true } : { otp: code },
          ...(expectRejection === undefined ? {} : { expectRejection }),
        });
        expect(sent).toEqual([expected]);
        expect(seen).toEqual([exchange]);
      },
    ),
  );
});
