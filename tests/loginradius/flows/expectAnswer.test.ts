/**
 * Law of expectAnswer: the expectation holds exactly when the status matches and, when one is named,
 * the ErrorCode too; the detail says what the step got and what it should have got.
 */
import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import { expectAnswer } from '../../../loginradius/flows/expectAnswer.ts';
import type { FlowRecorder } from '../../../loginradius/flows/flowRecorder.ts';
import { aCase, envelopeOf, respond, transportError } from '../../engine/checks/fixtures.ts';

function recording(): { recorder: FlowRecorder; calls: unknown[][] } {
  const calls: unknown[][] = [];
  const recorder = {
    expect: (...args: unknown[]) => {
      calls.push(args);
      return args[2] as boolean;
    },
  } as unknown as FlowRecorder;
  return { recorder, calls };
}

test('law: holds iff the status and any named ErrorCode match; the detail names both answers', () => {
  fc.assert(
    fc.property(
      fc.option(fc.tuple(fc.constantFrom(200, 403), fc.option(fc.constantFrom(1067, 1068), { nil: undefined })), { nil: undefined }),
      fc.constantFrom(200, 403),
      fc.option(fc.constantFrom(1067, 1068), { nil: undefined }),
      fc.option(fc.constantFrom('(Suspend lockout)', 'with the profile'), { nil: undefined }),
      fc.constantFrom('', 'second use'),
      (got, status, errorCode, note, step) => {
        const exchange =
          got === undefined ? transportError(aCase(), 'dns') : respond(aCase(), got[0], got[1] === undefined ? {} : envelopeOf(got[1]));
        const { recorder, calls } = recording();
        const holds = expectAnswer(recorder, 'otp_single_use', exchange, { status, errorCode, note }, 'Title', step);
        expect(holds).toBe(got !== undefined && got[0] === status && (errorCode === undefined || got[1] === errorCode));
        const outcome = got === undefined ? 'transport error dns' : got[1] === undefined ? `${got[0]}` : `${got[0]} ErrorCode ${got[1]}`;
        const wanted = `${status}${errorCode === undefined ? '' : ` ErrorCode ${errorCode}`}${note === undefined ? '' : ` ${note}`}`;
        expect(calls).toEqual([
          ['otp_single_use', exchange, holds, 'Title', `${step === '' ? '' : `${step} `}answered ${outcome}; expected ${wanted}`],
        ]);
      },
    ),
  );
});
