import { test, expect } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ContractReporter from '../../reporting/contractReporter.ts';
import type { ContractReport } from '../../reporting/contractReport.ts';
import { targetFromEnv } from '../../loginradius/config/targetFromEnv.ts';
import { attach, failureRecord, fakeConfig, fakeResult, fakeSuite, fakeTest, passedRun, record } from './recordFixtures.ts';
import { LOGINRADIUS_SECRET_KEYS } from '../../loginradius/credentials/secretKeys.ts';

let dir: string;
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lr-reporter-'));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

function newReporter() {
  const lines: string[] = [];
  const reporter = new ContractReporter({ outputDir: join(dir, 'out'), log: (l) => lines.push(l), secretKeys: LOGINRADIUS_SECRET_KEYS });
  reporter.onBegin(fakeConfig(dir), fakeSuite);
  return { reporter, lines };
}
const read = (r: ContractReporter, name: string): string => readFileSync(join(r.outputDir!, name), 'utf8');
const readJson = (r: ContractReporter): ContractReport & { exitCode: number } => JSON.parse(read(r, 'contract-report.json'));

test.describe('ContractReporter', () => {
  test('two tests sharing a dedupKey: matrix summed, the failure reported once with occurrences summed, exit code 1', async () => {
    const { reporter, lines } = newReporter();
    const long = failureRecord({
      occurrences: 2,
      curl: "curl --globoff -X PUT 'http://127.0.0.1:4010/a-longer-path?apikey=[REDACTED]&fields=x'",
      seed: 1,
    });
    const short = failureRecord({ occurrences: 5, seed: 7, path: '9:1' });
    reporter.onTestEnd(
      fakeTest('t1'),
      fakeResult(
        [{ name: 'trace', contentType: 'text/plain', body: Buffer.from('ignored') }, attach(record({ failures: [long] }))],
        'failed',
      ),
    );
    reporter.onTestEnd(fakeTest('t2'), fakeResult([attach(record({ phase: 'positive', seed: 7, failures: [short] }))], 'failed'));
    const status = await reporter.onEnd(passedRun);

    const json = readJson(reporter);
    expect(json.exitCode).toBe(1);
    // Contract failures must fail the Playwright run even if the engine's tests passed.
    expect(status).toEqual({ status: 'failed' });
    expect(json.matrix.find((c) => c.check === 'status_code_conformance')).toEqual({
      operationId: 'mfaUpdateSetting',
      check: 'status_code_conformance',
      passed: 194,
      failed: 6,
      skipped: 0,
    });
    expect(json.matrix.find((c) => c.check === 'ignored_auth')?.skipped).toBe(200);
    expect(json.failures).toHaveLength(1);
    expect(json.failures[0]?.occurrences).toBe(7);
    // The smallest counterexample wins, with its own replay.
    expect(json.failures[0]?.counterexample.curl).toBe(short.counterexample.curl);
    expect(json.failures[0]?.replayEnv).toBe('positive:mfaUpdateSetting:7:9:1');
    expect([...(json.failures[0]?.phases ?? [])].sort()).toEqual(['negative', 'positive']);
    expect(json.seeds).toEqual([42, 7]);
    expect(json.totals).toMatchObject({ casesSent: 200, distinctFailures: 1, failureOccurrences: 7, harnessErrors: 0, records: 2 });
    expect(json.target).toBe('http://127.0.0.1:4010');
    expect(lines[0]).toBe('✗ negative mfaUpdateSetting 100 cases, 1 failure (1.2 s)');
    expect(lines.join('\n')).toMatch(/exit code 1 \(contract failures\)/);
  });

  test('Markdown and HTML both carry the matrix and the replay command', async () => {
    const { reporter } = newReporter();
    reporter.onTestEnd(fakeTest('t1'), fakeResult([attach(record({ failures: [failureRecord()] }))], 'failed'));
    await reporter.onEnd(passedRun);
    const md = read(reporter, 'contract-report.md');
    const html = read(reporter, 'contract-report.html');
    expect(md).toContain('| check | mfaUpdateSetting |');
    expect(md).toContain('| status_code_conformance | ✗ 3 · ✓ 97 |');
    expect(md).toContain('LR_REPLAY=negative:mfaUpdateSetting:42:3:0 npm run contract');
    expect(md).toContain('| negative | mfaUpdateSetting | 42 | 100 | 1 | 1.2 s |');
    expect(html).toContain('<table id="matrix">');
    expect(html).toContain('<td>negative</td><td>mfaUpdateSetting</td><td>42</td><td>100</td><td class="fail">1</td>');
    expect(html).toContain('<td class="fail">✗ 3 · ✓ 97</td>');
    expect(html).toContain('LR_REPLAY=negative:mfaUpdateSetting:42:3:0 npm run contract');
    expect(html).not.toMatch(/<link|<script|src=|https?:\/\/(?!127\.0\.0\.1)/);
  });

  test('HTML-escapes everything: a <script> in a response excerpt stays inert', async () => {
    const { reporter } = newReporter();
    const evil = failureRecord({ excerpt: '<script>alert("x")</script>', curl: "curl -X PUT 'http://h/<img src=x>'" });
    reporter.onTestEnd(fakeTest('t1'), fakeResult([attach(record({ failures: [evil], title: '<b>title</b>' }))], 'failed'));
    await reporter.onEnd(passedRun);
    const html = read(reporter, 'contract-report.html');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(read(reporter, 'contract-report.md')).toContain('<script>alert("x")</script>'); // inside a fenced block, where it is inert
  });

  test('a malformed attachment becomes a harness error (exit 2), not a crash; good records still count', async () => {
    const { reporter, lines } = newReporter();
    expect(() => reporter.onTestEnd(fakeTest('bad1'), fakeResult([attach('{not json')]))).not.toThrow();
    reporter.onTestEnd(fakeTest('bad2'), fakeResult([attach({ version: 2 })]));
    reporter.onTestEnd(fakeTest('bad3'), fakeResult([{ name: 'contract-record', contentType: 'application/json' }]));
    reporter.onTestEnd(fakeTest('good'), fakeResult([attach(record())]));
    const status = await reporter.onEnd(passedRun);
    const json = readJson(reporter);
    expect(json.exitCode).toBe(2);
    expect(status).toEqual({ status: 'failed' });
    expect(json.harnessErrors.map((e) => e.message)).toEqual([
      'malformed contract-record attachment: is not valid JSON (9 bytes)',
      'malformed contract-record attachment: version is 2, expected 1',
      'malformed contract-record attachment: has neither a body nor a path',
    ]);
    expect(json.totals.casesSent).toBe(100);
    expect(lines.some((l) => l.startsWith('✗ contract › bad1: malformed'))).toBe(true);
    expect(read(reporter, 'contract-report.md')).toMatch(/## Harness errors \(3\)/);
  });

  test('zero cases sent is exit 2 even when every test passed; a clean run is exit 0 with warnings in their own section', async () => {
    const empty = newReporter();
    expect(await empty.reporter.onEnd(passedRun)).toEqual({ status: 'failed' });
    expect(readJson(empty.reporter).exitCode).toBe(2);

    const clean = newReporter();
    const drift = failureRecord({ severity: 'warning', check: 'baseline_conformance', dedupKey: 'drift:new-field' });
    clean.reporter.onTestEnd(fakeTest('t'), fakeResult([attach(record({ phase: 'drift', failures: [drift] }))]));
    expect(await clean.reporter.onEnd(passedRun)).toBeUndefined();
    const json = readJson(clean.reporter);
    expect(json.exitCode).toBe(0);
    expect(json.failures).toHaveLength(0);
    expect(json.warnings.map((w) => w.failure.dedupKey)).toEqual(['drift:new-field']);
    expect(read(clean.reporter, 'contract-report.md')).toMatch(/## Baseline warnings \(1\)\n\n### 1\. `baseline_conformance`/);
  });

  test('a retried test counts only its last attempt; a failed test without a record is a harness error', async () => {
    const { reporter } = newReporter();
    reporter.onTestEnd(fakeTest('t'), fakeResult([attach(record({ failures: [failureRecord()] }))], 'failed'));
    reporter.onTestEnd(fakeTest('t'), fakeResult([attach(record())]));
    reporter.onTestEnd(fakeTest('crash'), fakeResult([], 'failed', 'TypeError: x is undefined'));
    await reporter.onEnd(passedRun);
    const json = readJson(reporter);
    expect(json.totals.casesSent).toBe(100);
    expect(json.failures).toHaveLength(0);
    expect(json.harnessErrors).toEqual([
      { source: 'contract › crash', message: 'test failed without a contract record: TypeError: x is undefined' },
    ]);
  });

  test('defensive scrub: secret-like keys and Bearer values never reach the files', async () => {
    const { reporter } = newReporter();
    const leaky = failureRecord({
      curl: "curl -H 'Authorization: Bearer LEAKED-TOKEN-1'",
      excerpt: '{"access_token":"LEAKED-TOKEN-2","SecondFactorValidationToken":"LEAKED-3"}',
    });
    reporter.onTestEnd(fakeTest('t'), fakeResult([attach(record({ failures: [leaky], harnessErrors: ['otp=LEAKED-4 rejected'] }))]));
    reporter.onError({ message: 'worker said Bearer LEAKED-5' });
    await reporter.onEnd(passedRun);
    for (const file of ['contract-report.json', 'contract-report.md', 'contract-report.html'])
      expect(read(reporter, file)).not.toMatch(/LEAKED/);
  });

  test('reads attachments stored as files (path instead of body)', async () => {
    const { reporter } = newReporter();
    const file = join(dir, 'record.json');
    writeFileSync(file, JSON.stringify(record()));
    reporter.onTestEnd(fakeTest('t'), fakeResult([{ name: 'contract-record', contentType: 'application/json', path: file }]));
    await reporter.onEnd(passedRun);
    expect(readJson(reporter).totals.casesSent).toBe(100);
  });

  test('interrupted runs are harness errors; bad options name the fix', async () => {
    const { reporter } = newReporter();
    reporter.onTestEnd(fakeTest('t'), fakeResult([attach(record())]));
    await reporter.onEnd({ ...passedRun, status: 'interrupted' });
    expect(readJson(reporter).harnessErrors[0]?.message).toMatch(/ended early \(interrupted\)/);
    expect(() => new ContractReporter({ outputDir: '' })).toThrow(/`outputDir` must be a non-empty path string/);
  });

  test('target: config metadata first, else a project baseURL, else LR_BASE_URL/the mock (scrubbed)', async () => {
    const lines: string[] = [];
    const withMeta = new ContractReporter({ outputDir: join(dir, 'm'), log: (l) => lines.push(l) });
    withMeta.onBegin({ ...fakeConfig(dir), metadata: { contractTarget: 'https://api.example.com' } }, fakeSuite);
    withMeta.onTestEnd(fakeTest('t'), fakeResult([attach(record())]));
    await withMeta.onEnd(passedRun);
    expect(withMeta.report?.target).toBe('https://api.example.com');

    const bare = new ContractReporter({ outputDir: join(dir, 'b'), log: () => {} });
    bare.onBegin({ ...fakeConfig(dir), projects: [{ use: {} }] } as never, fakeSuite);
    await bare.onEnd(passedRun);
    expect(bare.report?.target).toBe(targetFromEnv({ cwd: dir }));
  });
});
