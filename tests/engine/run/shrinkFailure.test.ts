import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import { shrinkFailure } from '../../../engine/run/shrinkFailure.ts';
import { runChecks } from '../../../engine/checks/index.ts';
import type { Case } from '../../../engine/case/case.ts';
import type { Exchange } from '../../../engine/transport/exchange.ts';
import { aCase, checkContext, envelopeOf, negative, respond } from '../checks/fixtures.ts';

const arb = fc
  .array(fc.integer())
  .map(
    (xs): Case => aCase({ label: negative('many-values', String(xs.length)), query: xs.map((x) => ['v', String(x)] as [string, string]) }),
  );
const ctx = checkContext();
const judge = (e: Exchange) => runChecks(ctx, e, ['negative_data_rejection']);
const key = 'negative_data_rejection|mfaReAuthenticate|many-values|200';
const bugWhen = (pred: (c: Case) => boolean) => async (c: Case) => (pred(c) ? respond(c, 200, {}) : respond(c, 400, envelopeOf(908)));
const firstFailingPath = (pred: (c: Case) => boolean) => String(fc.sample(arb, { seed: 3, numRuns: 100 }).findIndex(pred));

test('shrinks to the smallest case that still shows the same failure', async () => {
  const pred = (c: Case) => c.query.length >= 2;
  const out = await shrinkFailure({
    arbitrary: arb,
    seed: 3,
    path: firstFailingPath(pred),
    dedupKey: key,
    check: 'negative_data_rejection',
    send: bugWhen(pred),
    judge,
    maxSends: 500,
    timeLimitMs: 10_000,
  });
  expect(out.reproduced).toBe(true);
  expect(out.exchange?.case.query).toEqual([
    ['v', '0'],
    ['v', '0'],
  ]);
  expect(out.shrinks).toBeGreaterThan(0);
});

test('never sends more than maxSends requests', async () => {
  const pred = (c: Case) => c.query.length >= 2;
  let sends = 0;
  const send = async (c: Case) => (sends++, bugWhen(pred)(c));
  const out = await shrinkFailure({
    arbitrary: arb,
    seed: 3,
    path: firstFailingPath(pred),
    dedupKey: key,
    check: 'negative_data_rejection',
    send,
    judge,
    maxSends: 3,
    timeLimitMs: 10_000,
  });
  expect(sends).toBe(3);
  expect(out.sends).toBe(3);
  expect(out.reproduced).toBe(true);
});

test('a failure that does not reproduce (flaky target) is reported as not reproduced', async () => {
  const out = await shrinkFailure({
    arbitrary: arb,
    seed: 3,
    path: '0',
    dedupKey: key,
    check: 'negative_data_rejection',
    send: bugWhen(() => false),
    judge,
    maxSends: 10,
    timeLimitMs: 10_000,
  });
  expect(out).toMatchObject({ reproduced: false, exchange: undefined, path: '0', sends: 1 });
});

test('a different failure during shrinking is not the same bug: candidates answering 201 are rejected', async () => {
  const pred = (c: Case) => c.query.length >= 2;
  // Small cases hit another bug (201): shrinking must stop at the smallest case that gives 200.
  const send = async (c: Case) =>
    c.query.length >= 3 ? respond(c, 200, {}) : pred(c) ? respond(c, 201, {}) : respond(c, 400, envelopeOf(908));
  const start = firstFailingPath((c) => c.query.length >= 3);
  const out = await shrinkFailure({
    arbitrary: arb,
    seed: 3,
    path: start,
    dedupKey: key,
    check: 'negative_data_rejection',
    send,
    judge,
    maxSends: 500,
    timeLimitMs: 10_000,
  });
  expect(out.exchange?.case.query).toHaveLength(3);
});
