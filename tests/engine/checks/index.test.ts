import { test, expect } from '@playwright/test';
import { defaultChecks, runChecks } from '../../../engine/checks/index.ts';
import type { CaseLabel } from '../../../engine/case/case.ts';
import { aCase, checkContext, envelopeOf, negative, respond, transportError } from './fixtures.ts';

const ctx = checkContext();
const CHECK_NAMES = defaultChecks.map((c) => c.name);

test('defaultChecks: no_transport_error first, every name once; only transport and timing checks are input-independent', () => {
  expect(new Set(CHECK_NAMES).size).toBe(CHECK_NAMES.length);
  expect(defaultChecks.filter((c) => c.inputIndependent).map((c) => c.name)).toEqual(['no_transport_error', 'max_response_time']);
  expect(defaultChecks[0]?.name).toBe('no_transport_error');
});

test('runChecks runs every check on a clean exchange: none fails', () => {
  const results = runChecks(ctx, respond(aCase(), 200, { IsGoogleAuthenticatorVerified: true }));
  expect([...results.keys()]).toEqual([...CHECK_NAMES]);
  expect([...results.values()].filter((r) => r.status === 'failed')).toEqual([]);
});

test('on a transport error only no_transport_error fails; the rest skip', () => {
  const results = runChecks(ctx, transportError(aCase()));
  expect(results.get('no_transport_error')?.status).toBe('failed');
  expect([...results.entries()].filter(([n]) => n !== 'no_transport_error').every(([, r]) => r.status === 'skipped')).toBe(true);
});

test('enabledNames restricts; unknown names throw naming runChecks and the valid names', () => {
  const results = runChecks(
    ctx,
    respond(aCase({ label: { ...negative('missing-apikey'), isAuthRule: true } as CaseLabel }), 200, envelopeOf(908)),
    ['negative_data_rejection', 'ignored_auth'],
  );
  expect([...results.keys()]).toEqual(['negative_data_rejection', 'ignored_auth']);
  expect(results.get('ignored_auth')?.status).toBe('failed');
  expect(() => runChecks(ctx, transportError(aCase()), ['no_such_check'])).toThrow(
    /runChecks: unknown check name\(s\) no_such_check; use one of: no_transport_error/,
  );
});

test('a check that throws is reported as a failure of that check, and the others still run', () => {
  const boom = {
    name: 'boom',
    check: () => {
      throw new Error('bug');
    },
  };
  const results = runChecks(ctx, respond(aCase(), 200, {}), undefined, [boom, ...defaultChecks]);
  const r = results.get('boom');
  if (r?.status !== 'failed') throw new Error('expected failure');
  expect(r.failures[0]?.title).toBe('Check crashed (harness bug)');
  expect(r.failures[0]?.harnessError).toBe(true);
  expect(results.size).toBe(CHECK_NAMES.length + 1);
});
