/** `contract-report.md`: the same content as the HTML report, for PR comments and CI job summaries. */
import type { ContractReport, MatrixCell, ReportedFailure } from './contractReport.ts';
import { formatDuration } from './formatProgressLine.ts';
import { renderCoverageMarkdown } from './renderCoverageMarkdown.ts';

/** Text inside a table cell or a line: no HTML, no pipes, no line breaks. */
function inline(s: unknown): string {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** A fenced block whose fence is longer than any backtick run inside (so content cannot close it). */
function fenced(text: string, lang = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text}\n${fence}`;
}

export function cellText(c: MatrixCell | undefined): string {
  if (c === undefined) return '—';
  const parts: string[] = [];
  if (c.failed > 0) parts.push(`✗ ${c.failed}`);
  if (c.passed > 0 || (c.failed === 0 && c.skipped === 0)) parts.push(`✓ ${c.passed}`);
  if (c.skipped > 0) parts.push(`– ${c.skipped}`);
  return parts.join(' · ');
}

function matrix(report: ContractReport): string[] {
  if (report.matrix.length === 0) return ['_No checks were run._'];
  const find = (op: string, check: string): MatrixCell | undefined => report.matrix.find((c) => c.operationId === op && c.check === check);
  return [
    `| check | ${report.operations.map(inline).join(' | ')} |`,
    `|---|${report.operations.map(() => '---').join('|')}|`,
    ...report.checks.map((check) => `| ${inline(check)} | ${report.operations.map((op) => cellText(find(op, check))).join(' | ')} |`),
    '',
    '✓ passed · ✗ failed · – skipped (counts of case × check results)',
  ];
}

function failure(f: ReportedFailure, n: number): string[] {
  const ce = f.counterexample;
  const out = [
    `### ${n}. \`${inline(f.failure.check)}\` — ${inline(f.failure.title)} (${inline(f.failure.operationId)})`,
    '',
    `Occurrences: **${f.occurrences}** · phases: ${f.phases.join(', ')} · case: ${inline(ce.label)}${ce.status === undefined ? '' : ` · status **${ce.status}**`}`,
    '',
    fenced(f.failure.message, 'text'),
  ];
  if (f.failure.pointers && f.failure.pointers.length > 0)
    out.push('', `Pointers: ${f.failure.pointers.map((p) => `\`${inline(p)}\``).join(', ')}`);
  out.push('', 'Minimal counterexample:', '', fenced(ce.curl, 'sh'));
  if (ce.responseExcerpt !== undefined) out.push('', 'Response excerpt:', '', fenced(ce.responseExcerpt));
  out.push(
    '',
    `Replay (seed ${f.replay.seed}, path \`${inline(f.replay.path ?? '')}\`):`,
    '',
    fenced(f.replay.command, 'sh'),
    '',
    `or \`LR_REPLAY=${inline(f.replayEnv)}\``,
    '',
  );
  return out;
}

export function renderMarkdown(report: ContractReport): string {
  const t = report.totals;
  const lines = [
    '# Contract report',
    '',
    `- Target: ${inline(report.target)}`,
    `- Seeds: ${report.seeds.join(', ') || 'none'}`,
    `- Cases sent: ${t.casesSent} in ${formatDuration(report.durationMs)} (${t.records} records; ${t.transportErrors} transport errors; ${t.rateLimitRetries} rate-limit retries; ${t.tokenRefreshes} token refreshes)`,
    `- Checks: ${t.checksPassed} passed, ${t.checksFailed} failed, ${t.checksSkipped} skipped`,
    `- Distinct failures: ${t.distinctFailures} (${t.failureOccurrences} occurrences) · warnings: ${t.warnings} · harness errors: ${t.harnessErrors}`,
    `- Exit code: **${report.exitCode}**`,
    '',
    '## Operations × checks',
    '',
    ...matrix(report),
    '',
    ...(report.coverage ? renderCoverageMarkdown(report.coverage) : []),
    `## Failures (${report.failures.length})`,
    '',
  ];
  if (report.failures.length === 0) lines.push('_None._', '');
  report.failures.forEach((f, i) => {
    lines.push(...failure(f, i + 1));
  });
  lines.push(`## Baseline warnings (${report.warnings.length})`, '');
  if (report.warnings.length === 0) lines.push('_None._', '');
  report.warnings.forEach((f, i) => {
    lines.push(...failure(f, i + 1));
  });
  lines.push(
    `## Documented ambiguity (${report.ambiguities.length})`,
    '',
    '_Where the vendor documents several forms, the form this target used. Warnings only; a later switch is baseline drift._',
    '',
  );
  if (report.ambiguities.length === 0) lines.push('_None._', '');
  for (const f of report.ambiguities)
    lines.push(`- **${inline(f.failure.operationId)}** · ${inline(f.failure.title)} · ${f.occurrences}×: ${inline(f.failure.message)}`);
  if (report.ambiguities.length > 0) lines.push('');
  lines.push(`## Harness errors (${report.harnessErrors.length})`, '');
  if (report.harnessErrors.length === 0) lines.push('_None._', '');
  for (const e of report.harnessErrors) lines.push(`- **${inline(e.source)}**: ${inline(e.message)}`);
  lines.push('', `## Not sent: request budget (${report.notSent.length})`, '');
  if (report.notSent.length === 0) lines.push('_None._');
  else lines.push('_LR_REQUEST_BUDGET was spent before these cases; they are not failures._', '');
  for (const u of report.notSent) lines.push(`- **${inline(u.operationId)}** · ${inline(u.source)} · ${inline(u.label)}`);
  lines.push(
    '',
    '## Runs',
    '',
    '| phase | operation | seed | cases | failures | duration |',
    '|---|---|---|---|---|---|',
    ...report.tests.map(
      (r) =>
        `| ${r.phase} | ${inline(r.operationId ?? r.title)} | ${r.seed} | ${r.casesSent} | ${r.failures} | ${formatDuration(r.elapsedMs)} |`,
    ),
  );
  return `${lines.join('\n').trimEnd()}\n`;
}
