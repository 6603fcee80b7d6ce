/** The coverage section of `contract-report.html`: the matrix, then rules, examples, flows and reasons. */
import type { CoverageReport, CoverageState } from './coverageReport.ts';
import { coverageRows, STATE_MARK, unreachableReasons } from './coverageMatrix.ts';
import { escapeHtml as h } from './escapeHtml.ts';
import { formatCoverageLine } from './formatCoverageLine.ts';

const CLASS: Readonly<Record<CoverageState, string>> = { observed: 'pass', 'not-observed': 'fail', unreachable: 'skip' };

function mark(state: CoverageState, text: string, title?: string): string {
  return `<span class="cov ${CLASS[state]}"${title === undefined ? '' : ` title="${h(title)}"`}>${h(`${STATE_MARK[state]} ${text}`)}</span>`;
}

export function renderCoverageHtml(coverage: CoverageReport): string {
  const rows = coverageRows(coverage)
    .map(
      (row) =>
        `<tr><td>${h(row.operationId)}</td><td>${h(row.status)}</td><td>${row.cells
          .map((c) => mark(c.state, `${c.label}${c.count > 0 ? ` (${c.count})` : ''}`, c.unreachable))
          .join(' ')}</td></tr>`,
    )
    .join('');
  const rules = coverage.rules.map((r) => mark(r.state, `${r.operationId} ${r.rule}`, r.unreachable)).join(' ');
  const examples = coverage.examples.map((e) => mark(e.state, `${e.operationId} #${e.example}`)).join(' ');
  const flows = coverage.flows.map((f) => mark(f.state, f.title, f.unreachable)).join(' ');
  const reasons = unreachableReasons(coverage);
  return `<h2>Contract coverage</h2>
<p id="coverage-line"><strong>${h(formatCoverageLine(coverage))}</strong></p>
<table id="coverage"><tr><th>operation</th><th>status</th><th>error codes</th></tr>${rows}</table>
<p class="meta">✓ observed · ✗ not observed · – not reachable under this configuration (hover for the reason)</p>
<h3>Negative rules exercised</h3><p>${rules || '<em>None.</em>'}</p>
<h3>Document examples sent</h3><p>${examples || '<em>None documented.</em>'}</p>
<h3>Flows</h3><p>${flows || '<em>None.</em>'}</p>
${reasons.length === 0 ? '' : `<h3>Not reachable under this configuration</h3><ul id="unreachable">${reasons.map((r) => `<li>${h(r.reason)}: ${h(r.items.join(', '))}</li>`).join('')}</ul>`}`;
}
