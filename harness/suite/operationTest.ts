/** A test of one operation in one spec file, titled `<file> <operationId>` (what --grep and replays name). */
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
