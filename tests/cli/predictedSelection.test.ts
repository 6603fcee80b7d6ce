import { test, expect } from '@playwright/test';
import { execFile } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { grepTitle, predictedSelection } from '../../cli/predictedSelection.ts';
import { operationIds } from '../../loginradius/contract/operationIds.ts';
import { suiteTests } from '../../harness/suite/suiteTests.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const tests = suiteTests(operationIds());
const titles = (args: string[]) => predictedSelection(['--project=contract', ...args], tests)?.map((t) => t.title);

/** What Playwright itself selects for these arguments (--list sends nothing and starts no mock). */
async function listedByPlaywright(args: string[]): Promise<string[]> {
  const env: Record<string, string | undefined> = { ...process.env, LR_SUITE_MANIFEST: undefined, LR_REPORTS_DIR: undefined };
  const { stdout } = await promisify(execFile)(
    join(repoRoot, 'node_modules', '.bin', 'playwright'),
    ['test', '--project=contract', '--list', '--reporter=json', ...args],
    { cwd: repoRoot, env, maxBuffer: 16 * 1024 * 1024 },
  ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' })); // "No tests found" exits 1 with a report
  type Suite = { specs?: Array<{ title: string }>; suites?: Suite[] };
  const found: string[] = [];
  const walk = (s: Suite): void => {
    for (const spec of s.specs ?? []) found.push(spec.title);
    for (const child of s.suites ?? []) walk(child);
  };
  for (const suite of (JSON.parse(stdout) as { suites?: Suite[] }).suites ?? []) walk(suite);
  return found;
}

test('no filter selects every test; arguments that leave the selection open select nothing in advance', () => {
  expect(titles([])).toEqual(tests.map((t) => t.title));
  expect(titles(['--reporter=list', '--workers', '2', '-q'])).toEqual(tests.map((t) => t.title));
  for (const open of [
    ['specs/negative.spec.ts'],
    ['--shard=1/2'],
    ['--last-failed'],
    ['--grep', 'a', '--grep', 'b'],
    ['--grep'],
    ['--project=unit'],
    ['--grep', '(unclosed'],
    ['-gnegative'],
  ])
    expect(titles(open), open.join(' ')).toBeUndefined();
});

test('grep title: project, spec file and title, as Playwright matches them', () => {
  const negative = tests.find((t) => t.title === 'negative mfaReAuthenticate');
  expect(negative && grepTitle(negative)).toBe('contract specs/negative.spec.ts negative mfaReAuthenticate');
});

test('the prediction is what Playwright runs, for plain, anchored, /literal/, file-part and inverted patterns', async () => {
  const cases: string[][] = [
    ['--grep', 'positive mfaReAuthenticate|negative'],
    ['--grep', '^contract specs/flows'],
    ['--grep', 'examples mfaUpdateSetting$'],
    ['--grep=/LOCKOUT (Suspend|Block)/i'],
    ['--grep', '/lockout block/'],
    ['--grep', '^negative'],
    ['-g', 'drift against the recorded baseline'],
    ['--grep', 'positive', '--grep-invert', 'ByOTP'],
    ['--grep-invert=stateful|coverage'],
  ];
  const listed = await Promise.all(cases.map(listedByPlaywright));
  cases.forEach((args, i) => {
    expect(titles(args), args.join(' ')).toEqual(listed[i]);
  });
  // Not vacuous: the non-empty selections all differ, and a case-sensitive literal and an anchor select nothing.
  const nonEmpty = listed.filter((l) => l.length > 0);
  expect(new Set(nonEmpty.map((l) => l.join('|'))).size).toBe(cases.length - 2);
  expect(listed[4]).toEqual([]);
  expect(listed[5]).toEqual([]);
});
