/**
 * One distinct failure + its (shrunk) counterexample → the redacted `FailureRecord` reporters read.
 */
import type { Case } from '../case/case.ts';
import { caseLabelText } from '../case/caseLabelText.ts';
import type { Failure } from '../checks/types.ts';
import type { Counterexample, FailureRecord } from '../events/contractRecord.ts';
import type { Exchange } from '../transport/exchange.ts';

export interface RecordInput {
  readonly failure: Failure;
  readonly occurrences: number;
  readonly exchange: Exchange;
  readonly seed: number;
  readonly path: string | undefined;
  readonly renderCurl: (c: Case) => string;
  readonly redact: (text: string) => string;
  readonly replayCommand: (seed: number, path: string | undefined) => string;
  readonly excerptChars: number;
}

export function toFailureRecord(input: RecordInput): FailureRecord {
  const { exchange, redact } = input;
  const outcome = exchange.outcome;
  const counterexample: Counterexample = {
    label: redact(caseLabelText(exchange.case)),
    // renderCurl is expected to redact; scrub again so one forgotten secret cannot leak.
    curl: redact(input.renderCurl(exchange.case)),
    ...(outcome.kind === 'response'
      ? { status: outcome.status, responseExcerpt: redact(outcome.bodyText).slice(0, input.excerptChars) }
      : { responseExcerpt: redact(`transport error ${outcome.error}: ${outcome.message}`).slice(0, input.excerptChars) }),
  };
  const failure: Failure = { ...input.failure, title: redact(input.failure.title), message: redact(input.failure.message) };
  return {
    failure,
    occurrences: input.occurrences,
    counterexample,
    replay: { seed: input.seed, path: input.path, command: redact(input.replayCommand(input.seed, input.path)) },
  };
}
