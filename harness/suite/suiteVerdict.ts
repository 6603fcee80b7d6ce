/** The verdict of a test from the records it produced: what `expectNoContractFailures` asserted per record. */
import type { ContractRecord } from '../../engine/events/contractRecord.ts';
import type { SuiteVerdict } from './suiteTest.ts';

/** One line per distinct error-severity failure of the records, with its replay command. */
export function failureLines(records: readonly ContractRecord[]): string[] {
  return records.flatMap((record) =>
    record.failures
      .filter((f) => f.failure.severity === 'error')
      .map(
        (f) =>
          `${record.title}: ${f.failure.check} on ${f.failure.operationId}: ${f.failure.title} — ${f.failure.message.split('\n')[0]} (x${f.occurrences}); replay: ${f.replay.command}`,
      ),
  );
}

/** Every record must be free of harness errors and failures, and every record must have sent something. */
export function verdictOf(records: readonly ContractRecord[]): SuiteVerdict {
  return {
    harnessErrors: records.flatMap((r) => r.harnessErrors),
    failures: failureLines(records),
    sent: records.length === 0 ? 0 : Math.min(...records.map((r) => r.casesSent)),
  };
}

/** The outcome of a test that could not run here. */
export const skippedVerdict: SuiteVerdict = { harnessErrors: [], failures: [], sent: 0 };
