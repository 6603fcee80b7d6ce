import { test, expect } from '@playwright/test';
import { closestName } from '../../../loginradius/config/closestName.ts';

test('closestName: suggests near misses (typos, case), and nothing for unrelated words', () => {
  const known = ['status_code_conformance', 'ignored_auth', 'max_response_time'];
  expect(closestName('status_code_conformence', known)).toBe('status_code_conformance');
  expect(closestName('IGNORED_AUTH', known)).toBe('ignored_auth');
  expect(closestName('max_resp_time', known)).toBe('max_response_time');
  expect(closestName('banana', known)).toBeUndefined();
});
