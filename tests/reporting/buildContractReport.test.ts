import { test, expect } from '@playwright/test';
import { buildContractReport, exitCodeOf } from '../../reporting/buildContractReport.ts';
import { renderHtml } from '../../reporting/renderHtml.ts';
import { renderMarkdown } from '../../reporting/renderMarkdown.ts';
import { failureRecord, record } from './recordFixtures.ts';

const build = (records: Parameters<typeof buildContractReport>[0]['records'], harness = 0) =>
  buildContractReport({
    records,
    harnessErrors: Array.from({ length: harness }, (_, i) => ({ source: 'run', message: `e${i}` })),
    target: 't',
    durationMs: 1,
    generatedAt: new Date(0),
    operationOrder: ['mfaReAuthenticate', 'mfaUpdateSetting', 'mfaReAuthenticateByOTP'],
  });

test.describe('buildContractReport', () => {
  test('exitCodeOf: harness errors or nothing sent → 2, else failures → 1, else 0', () => {
    expect(exitCodeOf(10, 0, 0)).toBe(0);
    expect(exitCodeOf(10, 3, 0)).toBe(1);
    expect(exitCodeOf(10, 3, 1)).toBe(2);
    expect(exitCodeOf(0, 0, 0)).toBe(2);
  });

  test('operations in contract order, checks in first-seen (engine) order, cells only where tallied', () => {
    const r = build([
      record({ operationId: 'mfaReAuthenticateByOTP' }),
      record({
        operationId: 'mfaReAuthenticate',
        tallies: [{ operationId: 'mfaReAuthenticate', check: 'no_secret_echo', passed: 1, failed: 0, skipped: 0 }],
      }),
    ]);
    expect(r.operations).toEqual(['mfaReAuthenticate', 'mfaReAuthenticateByOTP']);
    expect(r.checks).toEqual(['not_a_server_error', 'status_code_conformance', 'ignored_auth', 'no_secret_echo']);
    expect(r.matrix.map((c) => `${c.operationId}/${c.check}`)).toEqual([
      'mfaReAuthenticate/no_secret_echo',
      'mfaReAuthenticateByOTP/not_a_server_error',
      'mfaReAuthenticateByOTP/status_code_conformance',
      'mfaReAuthenticateByOTP/ignored_auth',
    ]);
    expect(r.totals).toMatchObject({ checksPassed: 198, checksFailed: 3, checksSkipped: 100 });
  });

  test('distinct dedupKeys stay separate, sorted by occurrences; record harness errors carry the record title', () => {
    const r = build([
      record({
        title: 'neg',
        harnessErrors: ['generator gave up'],
        failures: [failureRecord({ dedupKey: 'a', occurrences: 1 }), failureRecord({ dedupKey: 'b', occurrences: 9 })],
      }),
    ]);
    expect(r.failures.map((f) => [f.failure.dedupKey, f.occurrences])).toEqual([
      ['b', 9],
      ['a', 1],
    ]);
    expect(r.harnessErrors).toEqual([{ source: 'neg', message: 'generator gave up' }]);
    expect(r.exitCode).toBe(2);
  });

  test('transport errors and rate-limit retries are summed; seeds listed once each', () => {
    const r = build([
      record({ transportErrors: 2, rateLimitRetries: 1, tokenRefreshes: 2 }),
      record({ transportErrors: 1, rateLimitRetries: 4, seed: 9 }),
      record(),
    ]);
    expect([r.totals.transportErrors, r.totals.rateLimitRetries, r.seeds]).toEqual([3, 5, [42, 9]]);
    expect(r.totals.tokenRefreshes).toBe(2);
  });

  test('cases the request budget left unsent are listed by name with their record, counted, and never change the exit code', () => {
    const unsent = [{ operationId: 'mfaUpdateSetting', label: 'negative: wrong-otp (otp: wrong-digits)' }];
    const clean = build([record({ failures: [] }), record({ title: 'coverage', casesSent: 0, unsent, failures: [] })]);
    expect(clean.exitCode).toBe(0);
    expect(clean.totals.notSent).toBe(1);
    expect(clean.notSent).toEqual([{ source: 'coverage', ...unsent[0] }]);
    const md = renderMarkdown(clean);
    expect(md).toContain('## Not sent: request budget (1)');
    expect(md).toContain('- **mfaUpdateSetting** · coverage · negative: wrong-otp (otp: wrong-digits)');
    expect(renderHtml(clean)).toContain('<h2>Not sent: request budget (1)</h2>');
    expect(build([record({ failures: [failureRecord()], unsent })]).exitCode).toBe(1);
    expect(build([record({ failures: [] })]).notSent).toEqual([]);
  });
});
