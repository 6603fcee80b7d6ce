/** The one console line: "covered 41/47 documented responses (6 not reachable here), 25/25 rules, …". */
import type { CoverageReport, CoverageTotal } from './coverageReport.ts';

const part = (t: CoverageTotal, what: string): string => `${t.covered}/${t.reachable} ${what}`;

export function formatCoverageLine(coverage: CoverageReport): string {
  const t = coverage.totals;
  const unreachable = t.responses.unreachable > 0 ? ` (${t.responses.unreachable} not reachable here)` : '';
  const minimum =
    coverage.minimum === undefined
      ? ''
      : coverage.belowMinimum
        ? ` — below LR_MIN_COVERAGE ${coverage.minimum}%`
        : ` (LR_MIN_COVERAGE ${coverage.minimum}% met)`;
  return `covered ${part(t.responses, 'documented responses')}${unreachable}, ${part(t.rules, 'rules')}, ${part(t.examples, 'examples')}, ${part(t.flows, 'flows')}: ${coverage.percent}%${minimum}`;
}
