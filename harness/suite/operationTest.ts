/** A test of one operation in one spec file, titled `<file> <operationId>` (what --grep and replays name). */
import { verifiesOtp } from '../../loginradius/otp/verifiesOtp.ts';
import type { Harness } from '../harness.ts';
import type { AccountUse, SpecFile, SuiteContext, SuiteJobResult, SuiteTest } from './suiteTest.ts';

export interface OperationTestTraits {
  readonly spendsOtp: (harness: Harness) => boolean;
  readonly accounts: (harness: Harness) => readonly AccountUse[];
}

export function operationTest(
  file: SpecFile,
  operationId: string,
  traits: OperationTestTraits,
  run: (title: string, context: SuiteContext) => Promise<SuiteJobResult>,
): SuiteTest {
  const title = `${file} ${operationId}`;
  return { file, title, ...traits, run: (context) => run(title, context) };
}

/** Whether the operation verifies an OTP (its positive cases then spend fresh codes). */
export const otpOperation =
  (operationId: string) =>
  (harness: Harness): boolean =>
    verifiesOtp(harness.contract.operation(operationId), harness.contract);

/** The positive account and its pool: their codes are scheduled per account, so any number of readers share them. */
const readsPositive = (): readonly AccountUse[] => [{ account: 'positive', mode: 'read' }];

/** An operation's test on the positive account (examples, positive cases): it spends codes when the operation verifies an OTP. */
export function positiveAccountTest(
  file: SpecFile,
  operationId: string,
  run: (title: string, context: SuiteContext) => Promise<SuiteJobResult>,
): SuiteTest {
  return operationTest(file, operationId, { spendsOtp: otpOperation(operationId), accounts: readsPositive }, run);
}
