/** The short end-of-run summary printed to the console. */
import type { ContractReport } from './contractReport.ts';
import { formatCoverageLine } from './formatCoverageLine.ts';
import { formatDuration } from './formatProgressLine.ts';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const VERDICT = { 0: 'clean', 1: 'contract failures', 2: 'harness/config errors' } as const;

export function formatConsoleSummary(report: ContractReport, files: readonly string[]): string {
  const t = report.totals;
  const lines = [
    '',
    `Contract report — ${report.target} — seed${report.seeds.length === 1 ? '' : 's'} ${report.seeds.join(', ') || 'none'}`,
    `  ${plural(report.operations.length, 'operation')} × ${plural(report.checks.length, 'check')}, ${plural(t.casesSent, 'case')} sent in ${formatDuration(report.durationMs)}`,
    `  ${plural(t.distinctFailures, 'distinct failure')} (${plural(t.failureOccurrences, 'occurrence')}), ${plural(t.warnings, 'warning')}, ${plural(t.ambiguities, 'documented-form note')}, ${plural(t.harnessErrors, 'harness error')}`,
  ];
  if (report.coverage) lines.push(`  ${formatCoverageLine(report.coverage)}`);
  for (const f of report.failures.slice(0, 5))
    lines.push(
      `  ✗ [${f.failure.check}] ${f.failure.operationId}: ${f.failure.title} ×${f.occurrences} — replay: LR_REPLAY=${f.replayEnv}`,
    );
  if (report.failures.length > 5) lines.push(`  … and ${report.failures.length - 5} more in the report`);
  for (const e of report.harnessErrors.slice(0, 3)) lines.push(`  ! ${e.source}: ${e.message.split('\n')[0]}`);
  if (t.notSent > 0)
    lines.push(`  ${plural(t.notSent, 'case')} not sent: the request budget (LR_REQUEST_BUDGET) was spent; listed in the report`);
  if (t.casesSent === 0) lines.push('  ! no cases were sent: nothing was tested');
  lines.push(`  exit code ${report.exitCode} (${VERDICT[report.exitCode]})`);
  for (const f of files) lines.push(`  ${f}`);
  return lines.join('\n');
}
