import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import type { APIRequestContext } from '@playwright/test';
import { createContextRotation, type ContextLease } from '../../../engine/transport/contextRotation.ts';

interface FakeContext {
  readonly id: number;
  leasesOut: number;
  leasesServed: number;
  disposals: number;
  leasesOutAtDisposal: number;
}

function fakes(failFrom = Number.POSITIVE_INFINITY) {
  const made: FakeContext[] = [];
  const newContext = async (): Promise<APIRequestContext> => {
    if (made.length >= failFrom) throw new Error('no more contexts');
    const fake: FakeContext = { id: made.length, leasesOut: 0, leasesServed: 0, disposals: 0, leasesOutAtDisposal: 0 };
    made.push(fake);
    return {
      fake,
      dispose: async () => {
        fake.disposals += 1;
        fake.leasesOutAtDisposal = fake.leasesOut;
      },
    } as unknown as APIRequestContext;
  };
  const fakeOf = (lease: ContextLease): FakeContext => (lease.context as unknown as { fake: FakeContext }).fake;
  return { made, newContext, fakeOf };
}

const step = fc.oneof(
  fc.constant({ kind: 'acquire' as const }),
  fc.nat({ max: 20 }).map((pick) => ({ kind: 'release' as const, pick })),
);

test('any interleaving: a context serves at most its share, is disposed once, never with a lease out, and dispose leaves none open', async () => {
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 1, max: 5 }), fc.array(step, { maxLength: 60 }), async (perContext, steps) => {
      const { made, newContext, fakeOf } = fakes();
      const rotation = await createContextRotation({ newContext, responsesPerContext: perContext });
      const out: Array<{ lease: ContextLease; fake: FakeContext }> = [];
      let acquired = 0;
      for (const s of steps) {
        if (s.kind === 'acquire') {
          const lease = await rotation.acquire();
          const fake = fakeOf(lease);
          expect(fake.disposals, 'a lease is never handed out on a disposed context').toBe(0);
          fake.leasesOut += 1;
          fake.leasesServed += 1;
          out.push({ lease, fake });
          acquired += 1;
        } else if (out.length > 0) {
          const [{ lease, fake }] = out.splice(s.pick % out.length, 1) as [{ lease: ContextLease; fake: FakeContext }];
          fake.leasesOut -= 1;
          lease.release();
        }
        await Promise.resolve();
      }
      for (const fake of made) {
        expect(fake.leasesServed).toBeLessThanOrEqual(perContext);
        expect(fake.disposals).toBeLessThanOrEqual(1);
        if (fake.disposals === 1 && fake !== made.at(-1))
          expect(fake.leasesOutAtDisposal, `context ${fake.id} disposed with leases out`).toBe(0);
      }
      expect(made.length).toBe(Math.max(1, Math.ceil(acquired / perContext)));
      await rotation.dispose();
      await rotation.dispose();
      for (const fake of made) expect(fake.disposals, `context ${fake.id} disposed exactly once`).toBe(1);
    }),
    { numRuns: 200 },
  );
});

test('a context that cannot be renewed keeps serving: the run goes on', async () => {
  const { made, newContext } = fakes(1);
  const rotation = await createContextRotation({ newContext, responsesPerContext: 2 });
  const leases = [];
  for (let i = 0; i < 5; i++) leases.push(await rotation.acquire());
  expect(made).toHaveLength(1);
  expect(new Set(leases.map((l) => l.context)).size).toBe(1);
  for (const l of leases) l.release();
  expect(made[0]?.disposals).toBe(0);
  await rotation.dispose();
  expect(made[0]?.disposals).toBe(1);
});

test('bodies up to the kept size stay with their context; a larger one is disposed at once', async () => {
  const { newContext } = fakes();
  const rotation = await createContextRotation({ newContext, keptBodyBytes: 100 });
  expect(rotation.disposeAtOnce(100)).toBe(false);
  expect(rotation.disposeAtOnce(101)).toBe(true);
  await expect(createContextRotation({ newContext, responsesPerContext: 0 })).rejects.toThrow(
    /responsesPerContext must be an integer >= 1/,
  );
  await rotation.dispose();
});
