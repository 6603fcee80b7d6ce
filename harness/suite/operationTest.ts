/** A test of one operation in one spec file, titled `<file> <operationId>` (what --grep and replays name). */
import type { Harness } from '../harness.ts';
import type { SpecFile, SuiteContext, SuiteJobResult, SuiteTest } from './suiteTest.ts';

export function operationTest(
  file: SpecFile,
  operationId: string,
  spendsOtp: (harness: Harness) => boolean,
  run: (title: string, context: SuiteContext) => Promise<SuiteJobResult>,
): SuiteTest {
  const title = `${file} ${operationId}`;
  return { file, title, spendsOtp, run: (context) => run(title, context) };
}
