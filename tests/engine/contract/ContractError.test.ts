/** ContractError: one message shape everywhere — `<file>: <where>: <problem> — <fix>`. */
import { test, expect } from '@playwright/test';
import { join } from 'node:path';
import { ContractError, displayPath } from '../../../engine/contract/ContractError.ts';

test('message is file (cwd-relative), place, problem and fix', () => {
  const error = new ContractError({
    file: join(process.cwd(), 'openapi', 'x.yaml'),
    where: 'line 12',
    problem: 'bad indentation',
    fix: 'fix the YAML syntax',
  });
  expect(error).toBeInstanceOf(Error);
  expect(error.name).toBe('ContractError');
  expect(error.message).toBe('openapi/x.yaml: line 12: bad indentation — fix the YAML syntax');
  expect(error.where).toBe('line 12');
});

test('without a place the message is file, problem and fix; files outside cwd stay absolute', () => {
  const error = new ContractError({ file: '/elsewhere/c.yaml', problem: 'file not found', fix: 'check the path' });
  expect(error.message).toBe('/elsewhere/c.yaml: file not found — check the path');
  expect(displayPath('/elsewhere/c.yaml')).toBe('/elsewhere/c.yaml');
});

test('keeps the underlying cause', () => {
  const cause = new Error('ENOENT');
  expect(new ContractError({ file: '/a', problem: 'p', fix: 'f' }, { cause }).cause).toBe(cause);
});
