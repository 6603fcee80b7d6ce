import { test, expect } from '@playwright/test';
import { DEFAULT_SPEC_DIFF_OPTIONS, resolveSpecDiffOptions } from '../../../engine/specDiff/specDiffOptions.ts';

test('defaults are documented values and frozen', () => {
  const options = resolveSpecDiffOptions();
  expect(options).toEqual(DEFAULT_SPEC_DIFF_OPTIONS);
  expect(options.errorCodesKey).toBe('x-error-codes');
  expect(Object.isFrozen(options)).toBe(true);
});

test('every invalid option is reported in one error', () => {
  expect(() => resolveSpecDiffOptions({ secretKey: 'secret', maxDepth: 0, ambiguityKeys: ['x-ok', 'nope'] })).toThrow(
    /secretKey must be .*; ambiguityKeys must be .*; maxDepth must be/,
  );
});
