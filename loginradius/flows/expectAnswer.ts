/**
 * A flow expectation that one step got a given answer: the status and, when one is named, the
 * vendor's ErrorCode. The failure detail says what the step got: "<step> answered 403 ErrorCode
 * 1067; expected 200".
 */
import type { Exchange } from '../../engine/transport/exchange.ts';
import { describeOutcome, errorCodeOf, statusOf } from './exchangeFacts.ts';
import type { FlowCheckName } from './flowCheckNames.ts';
import type { FlowRecorder } from './flowRecorder.ts';

export interface ExpectedAnswer {
  readonly status: number;
  readonly errorCode?: number;
  /** Said after the expected answer, e.g. "(Suspend lockout)". */
  readonly note?: string;
}

export function expectAnswer(
  recorder: FlowRecorder,
  check: FlowCheckName,
  exchange: Exchange,
  expected: ExpectedAnswer,
  title: string,
  step: string,
): boolean {
  const { status, errorCode, note } = expected;
  const holds = statusOf(exchange) === status && (errorCode === undefined || errorCodeOf(exchange) === errorCode);
  const answer = [String(status), ...(errorCode === undefined ? [] : [`ErrorCode ${errorCode}`]), ...(note === undefined ? [] : [note])];
  const got = [...(step === '' ? [] : [step]), 'answered', describeOutcome(exchange)];
  return recorder.expect(check, exchange, holds, title, `${got.join(' ')}; expected ${answer.join(' ')}`);
}
