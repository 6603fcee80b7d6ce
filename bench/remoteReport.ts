/** The bench report's remote rows: the default remote run's wall time beside its plan estimate and floor. */
import { markdownTable } from './markdownTable.ts';
import type { RemoteRun } from './remoteRun.ts';

export function remoteSection(runs: readonly RemoteRun[]): string {
  const s = (ms: number): string => `${Math.round(ms / 1000)} s`;
  return [
    '## Remote: the default run against the staging profile',
    '',
    'Suspend tenant, LR_MAX_RPS=4, every other variable at its default; real 30 s TOTP steps. Floor: max(requests ÷ rate cap, (codes per account − 1) × 30 s).',
    '',
    markdownTable(
      ['accounts', 'wall time', 'exit', 'cases sent', 'plan estimate', 'floor', 'wall ÷ floor'],
      runs.map((r) => [
        String(r.accounts),
        s(r.wallMs),
        String(r.exitCode),
        String(r.casesSent),
        s(r.estimateMs),
        s(r.floorMs),
        `${(r.wallMs / r.floorMs).toFixed(2)}×`,
      ]),
    ),
  ].join('\n');
}
