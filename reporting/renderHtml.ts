/**
 * `contract-report.html`: one self-contained page (inline CSS, no scripts, no external assets)
 * so it can be opened from a CI artifact. Every interpolated value goes through `escapeHtml`.
 */
import type { ContractReport, MatrixCell, ReportedFailure } from './contractReport.ts';
import { escapeHtml as h } from './escapeHtml.ts';
import { formatDuration } from './formatProgressLine.ts';
import { cellText } from './renderMarkdown.ts';
import { renderCoverageHtml } from './renderCoverageHtml.ts';

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem auto;max-width:1200px;padding:0 1rem;color:#1f2328}
h1,h2,h3{line-height:1.2}h2{margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.pass{background:#dafbe1}td.fail{background:#ffebe9;font-weight:600}td.skip{background:#f6f8fa;color:#656d76}td.none{color:#8c959f}
pre{background:#f6f8fa;padding:.6rem;overflow-x:auto;white-space:pre-wrap;word-break:break-all;border-radius:6px}
.failure{border:1px solid #d0d7de;border-left:4px solid #cf222e;border-radius:6px;padding:0 1rem;margin:1rem 0}
.warning{border-left-color:#bf8700}.meta{color:#656d76}.exit0{color:#1a7f37}.exit1,.exit2{color:#cf222e}code{font-size:90%}
.cov{display:inline-block;padding:0 .3rem;margin:.1rem;border-radius:4px}.cov.pass{background:#dafbe1}.cov.fail{background:#ffebe9}.cov.skip{background:#f6f8fa;color:#656d76}
`;

function cellClass(c: MatrixCell | undefined): string {
  if (c === undefined) return 'none';
  if (c.failed > 0) return 'fail';
  return c.passed > 0 ? 'pass' : 'skip';
}

function matrix(report: ContractReport): string {
  if (report.matrix.length === 0) return '<p><em>No checks were run.</em></p>';
  const find = (op: string, check: string): MatrixCell | undefined => report.matrix.find((c) => c.operationId === op && c.check === check);
  const head = `<tr><th>check</th>${report.operations.map((op) => `<th>${h(op)}</th>`).join('')}</tr>`;
  const rows = report.checks.map(
    (check) =>
      `<tr><th>${h(check)}</th>${report.operations
        .map((op) => {
          const c = find(op, check);
          return `<td class="${cellClass(c)}">${h(cellText(c))}</td>`;
        })
        .join('')}</tr>`,
  );
  return `<table id="matrix">${head}${rows.join('')}</table><p class="meta">✓ passed · ✗ failed · – skipped</p>`;
}

function failure(f: ReportedFailure, n: number, kind: 'failure' | 'warning'): string {
  const ce = f.counterexample;
  const pointers =
    f.failure.pointers && f.failure.pointers.length > 0
      ? `<p>Pointers: ${f.failure.pointers.map((p) => `<code>${h(p)}</code>`).join(', ')}</p>`
      : '';
  return `<section class="failure ${kind === 'warning' ? 'warning' : ''}">
<h3>${n}. <code>${h(f.failure.check)}</code> — ${h(f.failure.title)} (${h(f.failure.operationId)})</h3>
<p class="meta">Occurrences: <strong>${f.occurrences}</strong> · phases: ${h(f.phases.join(', '))} · case: ${h(ce.label)}${ce.status === undefined ? '' : ` · status <strong>${h(ce.status)}</strong>`}</p>
<pre>${h(f.failure.message)}</pre>${pointers}
<p>Minimal counterexample:</p><pre class="curl">${h(ce.curl)}</pre>
${ce.responseExcerpt === undefined ? '' : `<p>Response excerpt:</p><pre class="excerpt">${h(ce.responseExcerpt)}</pre>`}
<p>Replay (seed ${h(f.replay.seed)}, path <code>${h(f.replay.path ?? '')}</code>):</p><pre class="replay">${h(f.replay.command)}</pre>
<p>or <code>LR_REPLAY=${h(f.replayEnv)}</code></p>
</section>`;
}

export function renderHtml(report: ContractReport): string {
  const t = report.totals;
  const none = '<p><em>None.</em></p>';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Contract report — ${h(report.target)}</title><style>${CSS}</style></head><body>
<h1>Contract report</h1>
<table id="summary">
<tr><th>Target</th><td>${h(report.target)}</td></tr>
<tr><th>Seeds</th><td>${h(report.seeds.join(', ') || 'none')}</td></tr>
<tr><th>Cases sent</th><td>${t.casesSent} in ${h(formatDuration(report.durationMs))} (${t.records} records; ${t.transportErrors} transport errors; ${t.rateLimitRetries} rate-limit retries; ${t.tokenRefreshes} token refreshes)</td></tr>
<tr><th>Checks</th><td>${t.checksPassed} passed, ${t.checksFailed} failed, ${t.checksSkipped} skipped</td></tr>
<tr><th>Findings</th><td>${t.distinctFailures} distinct failures (${t.failureOccurrences} occurrences) · ${t.warnings} warnings · ${t.harnessErrors} harness errors</td></tr>
<tr><th>Exit code</th><td class="exit${report.exitCode}"><strong>${report.exitCode}</strong></td></tr>
<tr><th>Generated</th><td>${h(report.generatedAt)}</td></tr>
</table>
<h2>Operations × checks</h2>
${matrix(report)}
${report.coverage ? renderCoverageHtml(report.coverage) : ''}
<h2>Failures (${report.failures.length})</h2>
${report.failures.length === 0 ? none : report.failures.map((f, i) => failure(f, i + 1, 'failure')).join('\n')}
<h2>Baseline warnings (${report.warnings.length})</h2>
${report.warnings.length === 0 ? none : report.warnings.map((f, i) => failure(f, i + 1, 'warning')).join('\n')}
<h2>Documented ambiguity (${report.ambiguities.length})</h2>
<p class="meta">Where the vendor documents several forms, the form this target used. Warnings only; a later switch is baseline drift.</p>
${report.ambiguities.length === 0 ? none : `<ul id="ambiguities">${report.ambiguities.map((f) => `<li><strong>${h(f.failure.operationId)}</strong> · ${h(f.failure.title)} · ${f.occurrences}×<pre>${h(f.failure.message)}</pre></li>`).join('')}</ul>`}
<h2>Harness errors (${report.harnessErrors.length})</h2>
${report.harnessErrors.length === 0 ? none : `<ul>${report.harnessErrors.map((e) => `<li><strong>${h(e.source)}</strong>: <pre>${h(e.message)}</pre></li>`).join('')}</ul>`}
<h2>Not sent: request budget (${report.notSent.length})</h2>
${report.notSent.length === 0 ? none : `<p class="meta">LR_REQUEST_BUDGET was spent before these cases; they are not failures.</p><ul id="not-sent">${report.notSent.map((u) => `<li><strong>${h(u.operationId)}</strong> · ${h(u.source)} · ${h(u.label)}</li>`).join('')}</ul>`}
<h2>Runs</h2>
<table id="runs"><tr><th>phase</th><th>operation</th><th>seed</th><th>cases</th><th>failures</th><th>duration</th></tr>${report.tests
    .map(
      (r) =>
        `<tr><td>${h(r.phase)}</td><td>${h(r.operationId ?? r.title)}</td><td>${r.seed}</td><td>${r.casesSent}</td><td class="${r.failures > 0 ? 'fail' : 'pass'}">${r.failures}</td><td>${h(formatDuration(r.elapsedMs))}</td></tr>`,
    )
    .join('')}</table>
</body></html>
`;
}
