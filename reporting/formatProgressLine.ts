/** The one console line printed per contract record, e.g. `✓ positive mfaUpdateSetting 100 cases, 0 failures (1.2 s)`. */
import type { ContractRecord } from '../engine/events/contractRecord.ts';

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatProgressLine(record: ContractRecord): string {
  const errors = record.failures.filter((f) => f.failure.severity === 'error').length;
  const warnings = record.failures.length - errors;
  const unsent = record.unsent?.length ?? 0;
  // A record that sent nothing but judged earlier responses (the baseline comparison) is not empty,
  // nor is one whose cases the request budget left unsent (they are named, not failed).
  const comparison = record.casesSent === 0 && record.numRuns > 0 && unsent === 0;
  const bad = errors > 0 || record.harnessErrors.length > 0 || (record.casesSent === 0 && !comparison && unsent === 0);
  const parts = [
    comparison ? `${plural(record.numRuns, 'response')} compared` : plural(record.casesSent, 'case'),
    plural(errors, 'failure'),
  ];
  if (warnings > 0) parts.push(plural(warnings, 'warning'));
  if (record.harnessErrors.length > 0) parts.push(plural(record.harnessErrors.length, 'harness error'));
  if (record.transportErrors > 0) parts.push(plural(record.transportErrors, 'transport error'));
  if (unsent > 0) parts.push(`${unsent} not sent (request budget)`);
  const subject = record.operationId ?? record.title;
  return `${bad ? '✗' : '✓'} ${record.phase} ${subject} ${parts.join(', ')} (${formatDuration(record.elapsedMs)})`;
}
