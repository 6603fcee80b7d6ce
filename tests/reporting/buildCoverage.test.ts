import { test, expect } from '@playwright/test';
import type { CoverageUniverse } from '../../engine/coverage/coverageUniverse.ts';
import { buildContractReport } from '../../reporting/buildContractReport.ts';
import { buildCoverage } from '../../reporting/buildCoverage.ts';
import { formatCoverageLine } from '../../reporting/formatCoverageLine.ts';
import { renderHtml } from '../../reporting/renderHtml.ts';
import { renderMarkdown } from '../../reporting/renderMarkdown.ts';
import { record } from './recordFixtures.ts';

const universe: CoverageUniverse = {
  responses: [
    { operationId: 'mfaUpdateSetting', status: '200' },
    { operationId: 'mfaUpdateSetting', status: '403', errorCode: 1067 },
    { operationId: 'mfaUpdateSetting', status: '403', errorCode: 1198, unreachable: 'lockout flows off: LR_ALLOW_LOCKOUT=0' },
    { operationId: 'mfaUpdateSetting', status: '4XX', errorCode: 1409 },
  ],
  rules: [
    { operationId: 'mfaUpdateSetting', rule: 'wrong-otp' },
    { operationId: 'mfaUpdateSetting', rule: 'missing-apikey' },
  ],
  examples: [{ operationId: 'mfaUpdateSetting', example: '1' }],
  flows: [{ title: 'step-up' }, { title: 'lockout Block', unreachable: 'lockout flows off: LR_ALLOW_LOCKOUT=0' }],
};

const observed = record({
  observations: [
    { operationId: 'mfaUpdateSetting', status: 200, example: '1', count: 2 },
    { operationId: 'mfaUpdateSetting', status: 403, errorCode: 1067, rule: 'wrong-otp', count: 3 },
    { operationId: 'mfaUpdateSetting', status: 401, errorCode: 1409, count: 1 },
  ],
});
const flow = record({ phase: 'stateful', title: 'step-up' });

test('observed, not observed and unreachable (with its reason); ranges cover what no exact status does', () => {
  const c = buildCoverage(universe, [observed, flow]);
  expect(c.responses.map((r) => `${r.status} ${r.errorCode ?? ''} ${r.state} ${r.count}`)).toEqual([
    '200  observed 2',
    '403 1067 observed 3',
    '403 1198 unreachable 0',
    '4XX 1409 observed 1',
  ]);
  expect(c.responses[2]?.unreachable).toBe('lockout flows off: LR_ALLOW_LOCKOUT=0');
  expect(c.rules.map((r) => r.state)).toEqual(['observed', 'not-observed']);
  expect(c.totals).toEqual({
    responses: { covered: 3, reachable: 3, unreachable: 1 },
    rules: { covered: 1, reachable: 2, unreachable: 0 },
    examples: { covered: 1, reachable: 1, unreachable: 0 },
    flows: { covered: 1, reachable: 1, unreachable: 1 },
  });
  expect(formatCoverageLine(c)).toBe('covered 3/3 documented responses (1 not reachable here), 1/2 rules, 1/1 examples, 1/1 flows: 100%');
});

test('LR_MIN_COVERAGE: below the minimum the exit code is 1 and the line says so; met, it stays 0', () => {
  const input = { harnessErrors: [], target: 'mock', durationMs: 1, generatedAt: new Date(0), coverage: universe };
  const partial = record({ observations: [{ operationId: 'mfaUpdateSetting', status: 200, count: 1 }] });
  const below = buildContractReport({ ...input, records: [partial], minCoverage: 50 });
  expect(below.coverage?.percent).toBe(33.3);
  expect(below.exitCode).toBe(1);
  expect(formatCoverageLine(below.coverage!)).toContain('below LR_MIN_COVERAGE 50%');
  expect(buildContractReport({ ...input, records: [partial], minCoverage: 30 }).exitCode).toBe(0);
  expect(buildContractReport({ ...input, records: [partial] }).coverage?.belowMinimum).toBe(false);
});

test('the Markdown and HTML reports show the matrix, the reasons and the line; no universe, no section', () => {
  const input = { harnessErrors: [], target: 'mock', durationMs: 1, generatedAt: new Date(0), records: [observed, flow] };
  const report = buildContractReport({ ...input, coverage: universe });
  const md = renderMarkdown(report);
  expect(md).toContain('| mfaUpdateSetting | 403 | ✓ 1067 (3) · – 1198 |');
  expect(md).toContain('- lockout flows off: LR_ALLOW_LOCKOUT=0: mfaUpdateSetting 403 1198, flow lockout Block');
  const html = renderHtml(report);
  expect(html).toContain('<table id="coverage">');
  expect(html).toContain('title="lockout flows off: LR_ALLOW_LOCKOUT=0"');
  expect(renderMarkdown(buildContractReport(input))).not.toContain('## Contract coverage');
});
