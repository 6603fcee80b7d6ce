import { test, expect } from '@playwright/test';
import { checkJsonBudget } from '../../../engine/transport/jsonBudget.ts';

const budget = { maxJsonDepth: 64, maxJsonMembers: 10_000 };

test('100k levels of nesting are refused in one linear pass, without recursion', () => {
  const started = performance.now();
  expect(checkJsonBudget('['.repeat(100_000) + ']'.repeat(100_000), budget)).toMatchObject({ ok: false, kind: 'json-too-deep' });
  expect(checkJsonBudget(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`, budget)).toMatchObject({ ok: false, kind: 'json-too-deep' });
  expect(performance.now() - started).toBeLessThan(1000);
});

test('members are keys plus items over the whole document; empty containers hold none', () => {
  expect(checkJsonBudget(JSON.stringify(Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`k${i}`, i]))), budget)).toMatchObject(
    { ok: false, kind: 'json-too-wide' },
  );
  expect(checkJsonBudget(JSON.stringify(Array.from({ length: 10_000 }, (_, i) => i)), budget)).toEqual({ ok: true });
  expect(checkJsonBudget('[1,2]', { maxJsonDepth: 5, maxJsonMembers: 1 })).toMatchObject({ kind: 'json-too-wide' });
  expect(checkJsonBudget('[[],{}]', { maxJsonDepth: 5, maxJsonMembers: 2 })).toEqual({ ok: true });
});

test('brackets and commas inside strings, escaped quotes included, do not count', () => {
  const tricky = JSON.stringify({ a: '[[[[,,,,{{{{', b: 'say \\"[[[\\" ,,,' });
  expect(checkJsonBudget(tricky, { maxJsonDepth: 1, maxJsonMembers: 2 })).toEqual({ ok: true });
  expect(checkJsonBudget(`[${tricky}]`, { maxJsonDepth: 1, maxJsonMembers: 10 })).toMatchObject({ kind: 'json-too-deep' });
});
