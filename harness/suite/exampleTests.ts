/**
 * `examples <operation>`: every request example of the document, sent with the target's credentials
 * and a fresh OTP, each judged by every check. Remotely an OTP operation sends only its plain example
 * (the lockout-challenge ones would each cost a 30 s step and take the plain path on an unlocked account).
 */
import fc from 'fast-check';
import type { ContractRecord } from '../../engine/events/contractRecord.ts';
import type { Exchange } from '../../engine/transport/exchange.ts';
import { mapConcurrent } from '../../engine/run/mapConcurrent.ts';
import { exampleCases } from '../../generators/index.ts';
import { examplesSent } from '../runPlan.ts';
import { otpOperation, positiveAccountTest } from './operationTest.ts';
import type { SuiteAnnotation, SuiteTest } from './suiteTest.ts';
import { verdictOf } from './suiteVerdict.ts';

export function examplesTest(operationId: string): SuiteTest {
  return positiveAccountTest('examples', operationId, async (title, { harness }) => {
    const all = exampleCases(harness.contract.operation(operationId), harness.generation('positive'));
    const sent = all.slice(0, examplesSent(harness.config, all.length, otpOperation(operationId)(harness)));
    const exchanges: Exchange[] = [];
    // Each example is its own record; they go out together, as many at once as a phase sends.
    const records: ContractRecord[] = await mapConcurrent(sent, harness.config.concurrency, (example, index) =>
      harness.runPhase({
        phase: 'examples',
        title: `${title} #${index + 1}`,
        operationId,
        role: 'positive',
        arbitrary: fc.constant(example),
        numRuns: 1,
        replayIn: { phase: 'examples', testTitle: title },
        onExchange: (e) => exchanges.push(e),
      }),
    );
    const skipped = all.length - sent.length;
    const annotations: SuiteAnnotation[] =
      skipped > 0
        ? [
            {
              type: 'not sent',
              description: `${skipped} lockout-challenge examples not sent to a real tenant: on an unlocked account their extra fields take the plain example's path, and each would cost a 30 s TOTP step`,
            },
          ]
        : [];
    return { outcome: { records, annotations, verdict: verdictOf(records) }, exchanges };
  });
}
