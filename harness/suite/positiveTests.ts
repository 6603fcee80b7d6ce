/**
 * `positive <operation>`: schema-valid requests with valid credentials must be accepted and every
 * response must conform. A positive case of an OTP operation carries a fresh single-use code.
 */
import type { Exchange } from '../../engine/transport/exchange.ts';
import { positiveCase } from '../../generators/index.ts';
import { positiveAccountTest } from './operationTest.ts';
import type { SuiteTest } from './suiteTest.ts';
import { verdictOf } from './suiteVerdict.ts';

export function positiveTest(operationId: string): SuiteTest {
  return positiveAccountTest('positive', operationId, async (title, { harness }) => {
    const exchanges: Exchange[] = [];
    const record = await harness.runPhase({
      phase: 'positive',
      title,
      operationId,
      role: 'positive',
      arbitrary: positiveCase(harness.contract.operation(operationId), harness.generation('positive')),
      replayIn: { phase: 'positive', testTitle: title },
      onExchange: (e) => exchanges.push(e),
    });
    return { outcome: { records: [record], annotations: [], verdict: verdictOf([record]) }, exchanges };
  });
}
