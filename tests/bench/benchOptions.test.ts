import { test, expect } from '@playwright/test';
import { parseBenchOptions } from '../../bench/benchOptions.ts';

test('defaults: 3 alternated rounds and the full budgets; --quick shrinks them to 1 round', () => {
  const full = parseBenchOptions([]);
  expect(full).toMatchObject({
    quick: false,
    rounds: 3,
    fuzzNumRuns: 3400,
    bugBudget: 300,
    inflight: 8,
    skipBugs: false,
    scenarios: undefined,
  });
  const quick = parseBenchOptions(['--quick']);
  expect(quick.rounds).toBe(1);
  expect(quick.fuzzNumRuns).toBeLessThan(full.fuzzNumRuns);
  expect(quick.bugBudget).toBeLessThan(full.bugBudget);
  expect(parseBenchOptions(['--quick', '--rounds', '3']).rounds).toBe(3);
  expect(parseBenchOptions(['--scenarios', 'hang, type-changed']).scenarios).toEqual(['hang', 'type-changed']);
});

test('bad options are rejected with the flag and the fix', () => {
  expect(() => parseBenchOptions(['--rounds', '0'])).toThrow(/--rounds must be an integer 1–10/);
  expect(() => parseBenchOptions(['--rounds'])).toThrow(/--rounds needs a value/);
  expect(() => parseBenchOptions(['--fast'])).toThrow(/unknown option\(s\) --fast; known:/);
});
