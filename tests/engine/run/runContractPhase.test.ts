import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import { runContractPhase } from '../../../engine/run/runContractPhase.ts';
import { caseAtPath } from '../../../engine/run/caseAtPath.ts';
import type { ContractPhaseOptions } from '../../../engine/run/contractPhaseOptions.ts';
import type { Case } from '../../../engine/case/case.ts';
import type { Exchange } from '../../../engine/transport/exchange.ts';
import { aCase, checkContext, envelopeOf, negative, respond } from '../checks/fixtures.ts';
import { loginRadiusChecks } from '../../../loginradius/checks/loginRadiusChecks.ts';

/** Negative PUT cases whose otp is a random string. */
const otpCase = fc.string().map(
  (otp): Case =>
    aCase({
      operationId: 'mfaUpdateSetting',
      method: 'PUT',
      label: negative('otp-wrong-value', `otp of length ${otp.length}`),
      body: { kind: 'json', value: { otp }, mediaType: 'application/json' },
    }),
);
const otpOf = (c: Case): string => (c.body.kind === 'json' ? String((c.body.value as { otp: string }).otp) : '');

/** The planted bug: any otp longer than 3 characters is accepted. */
const buggySend = async (c: Case): Promise<Exchange> => (otpOf(c).length > 3 ? respond(c, 200, {}) : respond(c, 403, envelopeOf(1067)));

function options(overrides: Partial<ContractPhaseOptions> = {}): ContractPhaseOptions {
  return {
    phase: 'negative',
    title: 'mfaUpdateSetting negative',
    operationId: 'mfaUpdateSetting',
    arbitrary: otpCase,
    send: buggySend,
    checkContext: checkContext(),
    checks: loginRadiusChecks,
    seed: 1234,
    numRuns: 60,
    renderCurl: (c) => `curl -X ${c.method} 'http://t${c.path}' --data '${JSON.stringify(c.body.kind === 'json' ? c.body.value : null)}'`,
    redact: (text) => text.replaceAll('a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d', '[REDACTED]'),
    replayCommand: (seed, path) => `npm run contract -- --seed ${seed} --path ${path ?? ''}`,
    ...overrides,
  };
}

test('law: the i-th fc.sample value is what fc replays at path String(i)', () => {
  fc.assert(
    fc.property(fc.integer(), fc.nat(30), (seed, i) => {
      const sampled = fc.sample(otpCase, { seed, numRuns: i + 1 })[i];
      expect(caseAtPath(otpCase, seed, String(i))).toEqual(sampled);
    }),
    { numRuns: 25 },
  );
});

test('finds the planted bug, counts its occurrences, shrinks it to the minimal case (length exactly 4)', async () => {
  const record = await runContractPhase(options());
  const expectedOccurrences = fc.sample(otpCase, { seed: 1234, numRuns: 60 }).filter((c) => otpOf(c).length > 3).length;
  expect(expectedOccurrences).toBeGreaterThan(0);
  expect(record.failures).toHaveLength(1);
  const [failure] = record.failures;
  expect(failure?.failure.check).toBe('negative_data_rejection');
  expect(failure?.occurrences).toBe(expectedOccurrences);
  expect(failure?.counterexample.status).toBe(200);
  const minimal = caseAtPath(otpCase, 1234, failure?.replay.path ?? '');
  expect(otpOf(minimal)).toHaveLength(4);
  expect(failure?.counterexample.curl).toContain(JSON.stringify({ otp: otpOf(minimal) }));
  expect(failure?.replay.command).toBe(`npm run contract -- --seed 1234 --path ${failure?.replay.path}`);
  expect(failure?.counterexample.curl).not.toContain('a0b1c2d3-e4f5');
  expect(record.casesSent).toBeGreaterThan(60);
  expect(record.numRuns).toBe(60);
});

test('replay by seed+path reproduces the same counterexample', async () => {
  const first = await runContractPhase(options());
  const replay = first.failures[0]?.replay;
  if (!replay?.path) throw new Error('expected a replay path');
  const again = await runContractPhase(options({ replay: { seed: replay.seed, path: replay.path }, seed: 999 }));
  expect(again.numRuns).toBe(1);
  expect(again.failures[0]?.counterexample.curl).toBe(first.failures[0]?.counterexample.curl);
  expect(again.failures[0]?.replay.path).toBe(replay.path);
  expect(again.seed).toBe(1234);
});

test('tallies count every case once per check; onExchange sees exploration exchanges; step wraps batches', async () => {
  const seen: Exchange[] = [];
  const steps: string[] = [];
  const record = await runContractPhase(
    options({
      numRuns: 30,
      batchSize: 10,
      maxShrunkFailures: 0,
      onExchange: (e) => void seen.push(e),
      step: async (title, body) => (steps.push(title), body()),
    }),
  );
  expect(seen).toHaveLength(30);
  expect(steps).toEqual([
    'mfaUpdateSetting negative: cases 1–10',
    'mfaUpdateSetting negative: cases 11–20',
    'mfaUpdateSetting negative: cases 21–30',
  ]);
  for (const t of record.tallies) expect(t.passed + t.failed + t.skipped).toBe(30);
  const rejection = record.tallies.find((t) => t.check === 'negative_data_rejection');
  expect(rejection?.failed).toBe(record.failures[0]?.occurrences);
  // Not shrunk: the counterexample is the first failing sample, path = its index.
  expect(record.casesSent).toBe(30);
  expect(Number(record.failures[0]?.replay.path)).toBe(seen.findIndex((e) => otpOf(e.case).length > 3));
});

test('distinct bugs are kept apart; a throwing send is a harness error, not a crash', async () => {
  let calls = 0;
  const send = async (c: Case): Promise<Exchange> => {
    calls += 1;
    if (calls === 3) throw new Error('transport bug');
    if (otpOf(c).length > 3) return respond(c, 200, {});
    return respond(c, 403, envelopeOf(otpOf(c).length === 0 ? 1281 : 1067));
  };
  const record = await runContractPhase(options({ send, numRuns: 40, concurrency: 1 }));
  const keys = record.failures.map((f) => f.failure.dedupKey);
  expect(keys).toContain('negative_data_rejection|mfaUpdateSetting|otp-wrong-value|200');
  expect(keys).toContain('error_envelope_conformance|mfaUpdateSetting|403|undocumented-error-code|1281');
  expect(record.harnessErrors).toEqual(['send threw (a transport must return transport-error outcomes): transport bug']);
});

test('excerpts and messages are redacted', async () => {
  const send = async (c: Case) => respond(c, 200, { leaked: 'key a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d' });
  const record = await runContractPhase(options({ send, numRuns: 3, enabledChecks: ['negative_data_rejection'] }));
  expect(record.failures[0]?.counterexample.responseExcerpt).toBe('{"leaked":"key [REDACTED]"}');
});

test('bad options throw naming runContractPhase and the fix', async () => {
  await expect(runContractPhase(options({ numRuns: 0 }))).rejects.toThrow(/runContractPhase: option numRuns must be an integer >= 1/);
  await expect(runContractPhase(options({ seed: 1.5 }))).rejects.toThrow(/runContractPhase: option seed must be an integer/);
  await expect(runContractPhase(options({ enabledChecks: ['nope'] }))).rejects.toThrow(/runContractPhase: unknown check name\(s\) nope/);
  await expect(runContractPhase(options({ replay: { seed: 1, path: 'x' } }))).rejects.toThrow(/runContractPhase: option replay/);
});

test('a crashing check is a failure of that check and one harness error, and the run completes', async () => {
  const boom = {
    name: 'boom',
    check: () => {
      throw new Error('bug in check');
    },
  };
  const record = await runContractPhase(options({ numRuns: 5, checks: [boom], maxShrunkFailures: 0 }));
  expect(record.failures.map((f) => [f.failure.check, f.occurrences])).toEqual([['boom', 5]]);
  expect(record.harnessErrors).toEqual(['The boom check threw: bug in check']);
});

test('transport failures are reported but not shrunk: resending would only wait for more timeouts', async () => {
  let sends = 0;
  const unreachable = async (c: Case): Promise<Exchange> => {
    sends += 1;
    return {
      case: c,
      outcome: { kind: 'transport-error', error: 'timeout', message: 'Timeout 400ms exceeded' },
      elapsedMs: 400,
      rateLimitRetries: 0,
    };
  };
  const record = await runContractPhase(options({ send: unreachable, numRuns: 12 }));
  expect(record.failures.map((f) => f.failure.check)).toEqual(['no_transport_error']);
  expect(record.failures[0]?.occurrences).toBe(12);
  expect(sends).toBe(12);
  expect(record.casesSent).toBe(12);
});

test('slow responses are reported but not shrunk either: every shrink step would wait again', async () => {
  let sends = 0;
  const slow = async (c: Case): Promise<Exchange> => {
    sends += 1;
    return { ...respond(c, 403, envelopeOf(1067)), elapsedMs: 5_000 };
  };
  const record = await runContractPhase(options({ send: slow, numRuns: 8 }));
  expect(record.failures.map((f) => f.failure.check)).toContain('max_response_time');
  expect(sends).toBe(8);
});

test('cases the request budget refused are named in the record, not sent, not judged, not failures', async () => {
  let paid = 7;
  const send = async (c: Case): Promise<Exchange> =>
    paid-- > 0
      ? respond(c, 403, envelopeOf(1067))
      : {
          case: c,
          outcome: { kind: 'transport-error', error: 'request-budget', message: 'not sent: budget' },
          elapsedMs: 0,
          rateLimitRetries: 0,
        };
  const record = await runContractPhase(options({ send, numRuns: 20, concurrency: 1 }));
  expect(record.casesSent).toBe(7);
  expect(record.failures).toEqual([]);
  expect(record.transportErrors).toBe(0);
  const sampled = fc.sample(otpCase, { seed: 1234, numRuns: 20 });
  expect(record.unsent?.map((u) => u.label)).toEqual(
    sampled.slice(7).map((c) => `negative: otp-wrong-value (${c.label.kind === 'negative' ? c.label.detail : ''})`),
  );
  expect(record.unsent?.every((u) => u.operationId === 'mfaUpdateSetting')).toBe(true);
  // Coverage counts only what was answered.
  expect(record.observations?.reduce((n, o) => n + o.count, 0)).toBe(7);
  const judged = record.tallies.find((t) => t.check === 'negative_data_rejection');
  expect(judged && judged.passed + judged.failed + judged.skipped).toBe(7);
});
