import { test, expect } from '@playwright/test';
import type { ContractRecord, FailureRecord } from '../../../engine/events/contractRecord.ts';
import { verdictOf } from '../../../harness/suite/suiteVerdict.ts';

const failure = (severity: 'error' | 'warning', check: string): FailureRecord => ({
  failure: { check, operationId: 'op', title: `${check} title`, message: `${check} first line\nsecond`, severity, dedupKey: check },
  occurrences: 2,
  counterexample: { label: 'l', curl: 'c' },
  replay: { seed: 1, path: '0', command: `replay ${check}` },
});

const record = (title: string, casesSent: number, failures: FailureRecord[], harnessErrors: string[] = []): ContractRecord => ({
  version: 1,
  phase: 'negative',
  title,
  seed: 1,
  numRuns: casesSent,
  casesSent,
  elapsedMs: 1,
  tallies: [],
  failures,
  rateLimitRetries: 0,
  transportErrors: 0,
  harnessErrors,
});

test('verdictOf: error failures are listed with their replay, warnings are not; harness errors gathered; sent is the emptiest record', () => {
  const v = verdictOf([record('a', 5, [failure('error', 'boom'), failure('warning', 'meh')]), record('b', 2, [], ['config broke'])]);
  expect(v.failures).toEqual(['a: boom on op: boom title — boom first line (x2); replay: replay boom']);
  expect(v.harnessErrors).toEqual(['config broke']);
  expect(v.sent).toBe(2);
  expect(verdictOf([record('a', 3, []), record('b', 0, [])]).sent).toBe(0);
  expect(verdictOf([]).sent).toBe(0);
});
