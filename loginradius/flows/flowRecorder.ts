/**
 * Records one stateful flow: every exchange is judged by the ordinary checks (tallied like any
 * phase), and the flow's own expectations become failures of a named flow check. The result is
 * the same `ContractRecord` event the fuzzing phases emit.
 */
import type { Case } from '../../engine/case/case.ts';
import type { CheckContext } from '../../engine/checks/checkContext.ts';
import { runChecks } from '../../engine/checks/index.ts';
import { loginRadiusChecks } from '../checks/loginRadiusChecks.ts';
import { makeFailure, failed, passed } from '../../engine/checks/result.ts';
import type { OperationId } from '../../engine/contract/types.ts';
import type { ContractRecord } from '../../engine/events/contractRecord.ts';
import { createFailureGroups } from '../../engine/run/failureGroups.ts';
import { createExchangeTally } from '../../engine/run/exchangeTally.ts';
import { createTallyBook } from '../../engine/run/tallyBook.ts';
import { toFailureRecord } from '../../engine/run/toFailureRecord.ts';
import { notSentByBudget, type Exchange } from '../../engine/transport/exchange.ts';
import { caseLabelText } from '../../engine/case/caseLabelText.ts';
import type { FlowCheckName } from './flowCheckNames.ts';

export interface FlowRecorderOptions {
  readonly title: string;
  readonly checkContext: CheckContext;
  readonly enabledChecks?: readonly string[];
  readonly seed: number;
  readonly send: (c: Case) => Promise<Exchange>;
  readonly renderCurl: (c: Case) => string;
  readonly redact: (text: string) => string;
  readonly replayCommand: (seed: number, path: string | undefined) => string;
}

export interface FlowRecorder {
  /** Sends one step and judges it with the ordinary checks. */
  send(c: Case): Promise<Exchange>;
  /** Asserts a flow property about one exchange; a false `holds` becomes a failure of `check`. */
  expect(check: FlowCheckName, exchange: Exchange, holds: boolean, title: string, detail: string): boolean;
  /** Notes a flow step that could not run here (e.g. a real Suspend period), shown as skipped. */
  skip(check: FlowCheckName, operationId: OperationId, reason: string): void;
  record(): ContractRecord;
}

export function createFlowRecorder(options: FlowRecorderOptions): FlowRecorder {
  const started = Date.now();
  const tallies = createTallyBook();
  const groups = createFailureGroups();
  const tally = createExchangeTally((body) => options.checkContext.profile.errorCodeOf(body));
  const harnessErrors: string[] = [];
  let casesSent = 0;
  let step = 0;
  return {
    async send(c) {
      const exchange = await options.send(c);
      // Past the request budget: named, never judged (the flow's expectations about it are skipped too).
      if (notSentByBudget(exchange)) {
        tally.unsent({ operationId: c.operationId, label: options.redact(`${options.title}: ${caseLabelText(c)}`) });
        return exchange;
      }
      casesSent += 1;
      tally.returned(exchange);
      tally.judged(exchange);
      const results = runChecks(options.checkContext, exchange, options.enabledChecks, loginRadiusChecks);
      tallies.add(c.operationId, results);
      groups.add(results, String(step++), exchange);
      return exchange;
    },
    expect(check, exchange, holds, title, detail) {
      const op = exchange.case.operationId;
      if (notSentByBudget(exchange)) {
        tallies.add(op, new Map([[check, { status: 'skipped', reason: 'not sent: the request budget is spent' } as const]]));
        return false;
      }
      const result = holds ? passed() : failed([makeFailure(check, op, { title, message: options.redact(detail), essence: [title] })]);
      tallies.add(op, new Map([[check, result]]));
      groups.add(new Map([[check, result]]), String(step), exchange);
      return holds;
    },
    skip(check, operationId, reason) {
      tallies.add(operationId, new Map([[check, { status: 'skipped', reason } as const]]));
    },
    record() {
      return {
        version: 1,
        phase: 'stateful',
        title: options.title,
        seed: options.seed,
        numRuns: casesSent,
        casesSent,
        elapsedMs: Date.now() - started,
        startedAt: started,
        tallies: tallies.tallies(),
        failures: groups.groups().map((g) =>
          toFailureRecord({
            failure: g.failure,
            occurrences: g.occurrences,
            exchange: g.exchange,
            seed: options.seed,
            path: undefined,
            renderCurl: options.renderCurl,
            redact: options.redact,
            replayCommand: options.replayCommand,
            excerptChars: 500,
          }),
        ),
        harnessErrors,
        ...tally.fields(),
      };
    },
  };
}
