/** Test helpers: synthetic ContractRecords and the TestCase/TestResult-like objects the reporter hooks receive. */
import type { FullConfig, FullResult, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import type { ContractRecord, FailureRecord } from '../../engine/events/contractRecord.ts';
import type { OperationId } from '../../engine/contract/types.ts';

export function failureRecord(
  over: {
    dedupKey?: string;
    occurrences?: number;
    curl?: string;
    excerpt?: string;
    severity?: 'error' | 'warning';
    check?: string;
    seed?: number;
    path?: string;
  } = {},
): FailureRecord {
  return {
    failure: {
      check: over.check ?? 'status_code_conformance',
      operationId: 'mfaUpdateSetting',
      title: 'Undocumented status code',
      message: 'Received: 418\nDocumented: 200, 400, 403',
      severity: over.severity ?? 'error',
      dedupKey: over.dedupKey ?? 'status:mfaUpdateSetting:418',
      pointers: ['/ErrorCode'],
    },
    occurrences: over.occurrences ?? 1,
    counterexample: {
      label: 'negative: otp-wrong-type',
      curl: over.curl ?? "curl --globoff -X PUT 'http://127.0.0.1:4010/x?apikey=[REDACTED]'",
      status: 418,
      responseExcerpt: over.excerpt ?? '{"ErrorCode":418}',
    },
    replay: {
      seed: over.seed ?? 42,
      path: over.path ?? '3:0',
      command: `LR_REPLAY=negative:mfaUpdateSetting:${over.seed ?? 42}:${over.path ?? '3:0'} npm run contract`,
    },
  };
}

export function record(over: Partial<ContractRecord> & { operationId?: OperationId } = {}): ContractRecord {
  const operationId = over.operationId ?? 'mfaUpdateSetting';
  return {
    version: 1,
    phase: 'negative',
    operationId,
    title: `negative ${operationId}`,
    seed: 42,
    numRuns: 100,
    casesSent: 100,
    elapsedMs: 1200,
    tallies: [
      { operationId, check: 'not_a_server_error', passed: 100, failed: 0, skipped: 0 },
      { operationId, check: 'status_code_conformance', passed: 97, failed: 3, skipped: 0 },
      { operationId, check: 'ignored_auth', passed: 0, failed: 0, skipped: 100 },
    ],
    failures: [],
    rateLimitRetries: 0,
    transportErrors: 0,
    harnessErrors: [],
    ...over,
  };
}

export const attach = (r: unknown) => ({
  name: 'contract-record',
  contentType: 'application/json',
  body: Buffer.from(typeof r === 'string' ? r : JSON.stringify(r)),
});

export function fakeTest(id: string, title = id): TestCase {
  return { id, title, titlePath: () => ['', 'contract', title] } as unknown as TestCase;
}

export function fakeResult(attachments: TestResult['attachments'], status: TestResult['status'] = 'passed', message?: string): TestResult {
  return {
    attachments,
    status,
    errors: message ? [{ message }] : [],
    ...(message ? { error: { message } } : {}),
    duration: 10,
    retry: 0,
  } as unknown as TestResult;
}

export function fakeConfig(configDir: string, baseURL = 'http://127.0.0.1:4010'): FullConfig {
  return {
    configFile: `${configDir}/playwright.config.ts`,
    rootDir: configDir,
    metadata: {},
    projects: [{ use: { baseURL } }],
  } as unknown as FullConfig;
}

export const fakeSuite = {} as Suite;
export const passedRun = { status: 'passed', duration: 5000, startTime: new Date() } as FullResult;
