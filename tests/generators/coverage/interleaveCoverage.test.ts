/**
 * Laws of the coverage-first order over arbitrary slot lists: a permutation that keeps each
 * (class, operation) queue in order, whose first round takes one item of every class, and in
 * which a class never returns to an operation before every other operation with items of that
 * class had its turn.
 */
import { test, expect } from '@playwright/test';
import * as fc from 'fast-check';
import { interleaveCoverage } from '../../../generators/coverage/interleaveCoverage.ts';

const ORDER = ['success', 'wrong-code', 'auth', 'schema'];
const slots = fc
  .array(fc.record({ operationId: fc.constantFrom('a', 'b', 'c'), responseClass: fc.constantFrom(...ORDER, 'extra') }), { maxLength: 40 })
  .map((list) => list.map((s, id) => ({ ...s, id })));

test('law: a permutation that keeps every (class, operation) queue in its order', () => {
  fc.assert(
    fc.property(slots, (items) => {
      const out = interleaveCoverage(items, ORDER);
      expect([...out].sort((x, y) => x.id - y.id)).toEqual(items);
      const key = (s: (typeof items)[number]) => `${s.responseClass}/${s.operationId}`;
      for (const k of new Set(items.map(key)))
        expect(out.filter((s) => key(s) === k).map((s) => s.id)).toEqual(items.filter((s) => key(s) === k).map((s) => s.id));
    }),
    { numRuns: 300, seed: 31 },
  );
});

test('law: the first round is one item of every class present, in class order (unknown classes last)', () => {
  fc.assert(
    fc.property(slots, (items) => {
      const present = [...ORDER, 'extra'].filter((c) => items.some((s) => s.responseClass === c));
      expect(
        interleaveCoverage(items, ORDER)
          .slice(0, present.length)
          .map((s) => s.responseClass),
      ).toEqual(present);
    }),
    { numRuns: 300, seed: 32 },
  );
});

test('law: within a class, no operation gets a second turn while another operation still waits with items of that class', () => {
  fc.assert(
    fc.property(slots, (items) => {
      const out = interleaveCoverage(items, ORDER);
      for (const cls of new Set(items.map((s) => s.responseClass))) {
        const picks = out.filter((s) => s.responseClass === cls).map((s) => s.operationId);
        for (let q = 0; q < picks.length; q++) {
          const p = picks.lastIndexOf(picks[q]!, q - 1);
          if (q === 0 || p < 0) continue;
          // Every other operation still holding an item of this class after p is served between p and q.
          for (const other of new Set(picks.slice(p + 1)))
            if (other !== picks[q]) expect(picks.slice(p + 1, q), `${cls}: ${picks.join(',')}`).toContain(other);
        }
      }
    }),
    { numRuns: 300, seed: 33 },
  );
});

test('the k-th class starts at the k-th operation, so one round spreads its classes over the operations', () => {
  const items = ['a', 'b', 'c'].flatMap((operationId) => ORDER.map((responseClass) => ({ operationId, responseClass })));
  expect(
    interleaveCoverage(items, ORDER)
      .slice(0, 4)
      .map((s) => `${s.responseClass}@${s.operationId}`),
  ).toEqual(['success@a', 'wrong-code@b', 'auth@c', 'schema@a']);
});
