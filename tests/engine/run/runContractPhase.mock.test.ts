/**
 * Integration: real contract + validator + mock + transport + engine + baseline. Hand-made cases
 * (the generators are tested elsewhere) for the GET step-up trigger; drift scenarios of the mock
 * must each be caught by the check that names the property they break.
 */
import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import { loadContract } from '../../../engine/contract/loadContract.ts';
import { DEFAULT_CONTRACT_PATH } from '../../../loginradius/contract/defaultContractPath.ts';
import { contractValidator } from '../../../engine/validation/contractValidator.ts';
import { startMock } from '../../../mock/startMock.ts';
import type { RunningMock } from '../../../mock/startMock.ts';
import { createTransport } from '../../../engine/transport/transport.ts';
import type { Transport } from '../../../engine/transport/transport.ts';
import { runContractPhase } from '../../../engine/run/runContractPhase.ts';
import { recordBaseline } from '../baseline/recordWithErrorCodes.ts';
import { compareBaseline } from '../../../engine/baseline/compareBaseline.ts';
import type { Case } from '../../../engine/case/case.ts';
import type { Exchange } from '../../../engine/transport/exchange.ts';
import type { DriftId } from '../../../mock/drift/scenarios.ts';
import { CONTRACT_RECORD_ATTACHMENT } from '../../../engine/events/contractRecord.ts';
import { parseContractRecord } from '../../../reporting/parseContractRecord.ts';
import { toCurl } from '../../../engine/case/toCurl.ts';
import { loginRadiusCheckContext, loginRadiusChecks, loginRadiusRedactor } from '../../../loginradius/index.ts';

const PATH = '/identity/v2/auth/account/reauth/2fa';
let mock: RunningMock;
let transport: Transport;
let secrets: string[] = [];
let cases: fc.Arbitrary<Case>;

test.beforeAll(async () => {
  mock = await startMock({});
  transport = await createTransport({ baseURL: mock.url });
  const tenant = mock.fixture.tenants.find((t) => t.name === 'suspend') ?? mock.fixture.tenants[0];
  const user = mock.fixture.users.find((u) => u.tenant === tenant?.name && u.role === 'positive');
  if (!tenant || !user) throw new Error('mock fixture lacks the suspend tenant / positive user');
  secrets = [tenant.apiKey, user.accessTokens.valid, user.totpSecret];
  const get = (query: Array<[string, string]>, headers: Record<string, string>, label: Case['label']): Case => ({
    operationId: 'mfaReAuthenticate',
    method: 'GET',
    path: PATH,
    query,
    headers,
    body: { kind: 'none' },
    label,
  });
  const bearer = { Authorization: `Bearer ${user.accessTokens.valid}` };
  cases = fc.oneof(
    fc.constant(get([['apikey', tenant.apiKey]], bearer, { kind: 'positive' })),
    fc.constant(get([], bearer, { kind: 'negative', rule: 'missing-apikey', detail: 'no apikey parameter', isAuthRule: true })),
    fc
      .uuid()
      .map((t) =>
        get(
          [['apikey', tenant.apiKey]],
          { Authorization: `Bearer ${t}` },
          { kind: 'negative', rule: 'invalid-token', detail: 'random token', isAuthRule: true },
        ),
      ),
    fc.constant(get([], {}, { kind: 'negative', rule: 'missing-apikey-and-token', detail: 'no credentials', isAuthRule: true })),
  );
});
test.afterAll(async () => {
  await transport?.dispose();
  await mock?.close();
});

async function run(drift: DriftId[], onExchange?: (e: Exchange) => void) {
  mock.reset();
  mock.setDrift(drift);
  const contract = loadContract(DEFAULT_CONTRACT_PATH);
  const redactor = loginRadiusRedactor({ secrets });
  return runContractPhase({
    phase: 'negative',
    title: `GET reauth/2fa ${drift.join(',') || 'clean'}`,
    arbitrary: cases,
    send: (c) => transport.send(c),
    checkContext: loginRadiusCheckContext({ contract, validator: contractValidator(contract), secrets }),
    checks: loginRadiusChecks,
    seed: 7,
    numRuns: 24,
    maxShrinkSends: 20,
    renderCurl: (c) => toCurl(c, mock.url, redactor),
    redact: (text) => redactor.text(text),
    replayCommand: (seed, path) => `replay ${seed} ${path ?? ''}`,
    ...(onExchange ? { onExchange } : {}),
  });
}

const checksFailed = (record: Awaited<ReturnType<typeof run>>) => [...new Set(record.failures.map((f) => f.failure.check))].sort();

test('the clean mock passes every check for these cases', async () => {
  const record = await run([]);
  const errors = record.failures.filter((f) => f.failure.severity === 'error');
  expect(errors.map((f) => `${f.failure.dedupKey}: ${f.failure.message}`)).toEqual([]);
  // Its only findings name the documented forms it answers in (warnings, see documented_ambiguity).
  expect(checksFailed(record)).toEqual(['documented_ambiguity']);
  expect(record.failures.map((f) => f.failure.title)).toContain('Target uses the code-table-envelope form of D25-error-envelope');
  expect(record.transportErrors).toBe(0);
  expect(record.tallies.find((t) => t.check === 'response_schema_conformance')?.passed).toBeGreaterThan(0);
});

test('drift scenarios are caught by the check named after the broken property', async () => {
  const undocumented = await run(['undocumented-status']);
  expect(checksFailed(undocumented)).toContain('status_code_conformance');
  // The record is what the reporter consumes: it must parse, and carry no secret.
  const body = JSON.stringify(undocumented);
  expect(parseContractRecord({ name: CONTRACT_RECORD_ATTACHMENT, body })).toMatchObject({ ok: true });
  for (const secret of secrets) expect(body).not.toContain(secret);
  expect(undocumented.failures[0]?.counterexample.curl).toMatch(/^curl .*reauth\/2fa/);
  expect(checksFailed(await run(['auth-ignored']))).toContain('ignored_auth');
  expect(checksFailed(await run(['camelcase-error-envelope']))).toContain('error_envelope_conformance');
  expect(checksFailed(await run(['wrong-content-type']))).toContain('content_type_conformance');
});

test('baseline: clean vs clean has no changes; type-changed drift is breaking, additive-field is additive', async () => {
  const clean: Exchange[] = [];
  await run([], (e) => void clean.push(e));
  const again: Exchange[] = [];
  await run([], (e) => void again.push(e));
  const baseline = recordBaseline(clean);
  expect(compareBaseline(baseline, recordBaseline(again))).toEqual({ breaking: [], additive: [] });
  const typeChanged: Exchange[] = [];
  await run(['type-changed'], (e) => void typeChanged.push(e));
  expect(compareBaseline(baseline, recordBaseline(typeChanged)).breaking.map((c) => `${c.kind} ${c.pointer}`)).toContain(
    'type-change /ErrorCode',
  );
  const additive: Exchange[] = [];
  await run(['additive-field'], (e) => void additive.push(e));
  const diff = compareBaseline(baseline, recordBaseline(additive));
  expect(diff.breaking).toEqual([]);
  expect(diff.additive.map((c) => c.pointer)).toEqual(['/IsBiometricAuthenticatorVerified']);
});
