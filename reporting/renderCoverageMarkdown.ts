/** The coverage section of `contract-report.md`. */
import { formatCoverageLine } from './formatCoverageLine.ts';
import type { CoverageReport } from './coverageReport.ts';
import { coverageRows, STATE_MARK, unreachableReasons } from './coverageMatrix.ts';

const inline = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function renderCoverageMarkdown(coverage: CoverageReport): string[] {
  const lines = [
    '## Contract coverage',
    '',
    `**${inline(formatCoverageLine(coverage))}**`,
    '',
    '| operation | status | error codes (✓ observed · ✗ not observed · – not reachable here) |',
    '|---|---|---|',
    ...coverageRows(coverage).map(
      (row) =>
        `| ${inline(row.operationId)} | ${inline(row.status)} | ${row.cells.map((c) => `${STATE_MARK[c.state]} ${inline(c.label)}${c.count > 0 ? ` (${c.count})` : ''}`).join(' · ')} |`,
    ),
    '',
  ];
  const byOperation = new Map<string, string[]>();
  for (const r of coverage.rules)
    byOperation.set(r.operationId, [...(byOperation.get(r.operationId) ?? []), `${STATE_MARK[r.state]} ${r.rule}`]);
  lines.push('Negative rules exercised:', '', ...[...byOperation].map(([op, rules]) => `- **${inline(op)}**: ${rules.join(', ')}`), '');
  const examples = coverage.examples.map((e) => `${STATE_MARK[e.state]} ${e.operationId} #${e.example}`);
  lines.push(`Document examples sent: ${examples.join(', ') || '_none documented_'}`, '');
  lines.push(`Flows: ${coverage.flows.map((f) => `${STATE_MARK[f.state]} ${f.title}`).join(', ') || '_none_'}`, '');
  const reasons = unreachableReasons(coverage);
  if (reasons.length > 0)
    lines.push(
      'Not reachable under this configuration:',
      '',
      ...reasons.map((r) => `- ${inline(r.reason)}: ${inline(r.items.join(', '))}`),
      '',
    );
  return lines;
}
