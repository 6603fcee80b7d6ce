/**
 * A hostile host, in process (runSuiteInProcess): for each fault of mock/faults/hostileFaults.ts (on
 * mfaReAuthenticate) the examples test of that operation ends with the failure named on it, no harness
 * error, exit 1, and the reports render. tests/cli/hostileFaults.test.ts proves a few of them, the
 * circuit breaker and the run deadline through `npm run contract`.
 */
import { test, expect } from '@playwright/test';
import { HOSTILE_FAULT_IDS, type HostileFaultId } from '../../../mock/faults/hostileFaults.ts';
import { runSuiteInProcess } from './runSuiteInProcess.ts';

test.describe.configure({ mode: 'parallel' });

const FAULTED = 'mfaReAuthenticate';

const EXPECTED: Record<HostileFaultId, { check: string; says: RegExp }> = {
  'deep-json': { check: 'no_transport_error', says: /\(json-too-deep\): JSON nested deeper than 64 levels/ },
  'wide-json': { check: 'no_transport_error', says: /\(json-too-wide\): JSON holds more than 10000 keys and items/ },
  'gzip-bomb': { check: 'no_transport_error', says: /\(body-too-large\): response body cut: more than 10485760 bytes after gzip decoding/ },
  'endless-body': { check: 'no_transport_error', says: /\(body-too-large\): response body cut: more than 10485760 bytes on the wire/ },
  'invalid-status': { check: 'no_transport_error', says: /\(invalid-status\)/ },
  'out-of-range-status': { check: 'no_transport_error', says: /\(invalid-status\): status 799 is outside 100-599/ },
  'malformed-status-line': { check: 'no_transport_error', says: /\(malformed-response\)/ },
  'header-flood': { check: 'no_transport_error', says: /\(headers-too-large\)/ },
  'cookie-flood': { check: 'no_transport_error', says: /\(cookie-flood\): 200 Set-Cookie headers/ },
  'xml-entities': { check: 'content_type_conformance', says: /Received: application\/xml for status 200/ },
  'invalid-utf8': { check: 'no_transport_error', says: /\(invalid-utf8\)/ },
  'nul-bytes': { check: 'no_transport_error', says: /\(nul-byte\)/ },
  'prototype-keys': { check: 'no_transport_error', says: /\(prototype-key\): the JSON body has a "(__proto__|constructor)" key/ },
  'huge-number': { check: 'no_transport_error', says: /\(number-out-of-range\)/ },
  'cross-origin-redirect': {
    check: 'no_transport_error',
    says: /\(cross-origin-redirect\): a 302 redirects to another origin \(http:\/\/127\.0\.0\.2:9\)/,
  },
};

test('every hostile fault of the mock has an expected named failure', () => {
  expect(Object.keys(EXPECTED).sort()).toEqual([...HOSTILE_FAULT_IDS].sort());
});

for (const fault of HOSTILE_FAULT_IDS) {
  const { check, says } = EXPECTED[fault];
  test(`${fault} → ${check} on ${FAULTED}, exit 1, the reports render`, async () => {
    const { report, rendered } = await runSuiteInProcess({
      mock: { fault },
      env: { LR_NUM_RUNS: '2', LR_SEED: '7' },
      only: new RegExp(`^examples ${FAULTED}$`),
    });
    expect(report.harnessErrors).toEqual([]);
    expect(report.exitCode).toBe(1);
    const named = report.failures.filter((f) => f.failure.check === check && f.failure.operationId === FAULTED);
    expect(named.map((f) => f.failure.message).join('\n'), JSON.stringify(report.failures.map((f) => f.failure.message))).toMatch(says);
    expect(rendered.html.length).toBeGreaterThan(0);
    expect(rendered.markdown).toContain(check);
  });
}
