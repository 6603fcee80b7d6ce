/** describeIssues: readable lines, and a secret value never reaches a message (a law over random secrets). */
import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import type { ErrorObject } from 'ajv/dist/2020.js';
import { describeIssues } from '../../../engine/validation/describeIssues.ts';

const typeError = (instancePath: string, type: string): ErrorObject => ({
  instancePath,
  schemaPath: '#/type',
  keyword: 'type',
  params: { type },
  message: `must be ${type}`,
});

test('values under a secret name are redacted whatever they are', () => {
  fc.assert(
    fc.property(fc.string({ minLength: 4 }), fc.constantFrom('otp', 'OTP', 'securityanswer'), (secret, key) => {
      const data = { [key]: { nested: secret } };
      const [issue] = describeIssues([typeError(`/${key}/nested`, 'integer')], data, { secretNames: new Set(['otp', 'securityanswer']) });
      expect(issue?.message).toBe(`/${key}/nested: must be integer (got string [redacted])`);
      expect(issue?.message.includes(JSON.stringify(secret))).toBe(false);
    }),
  );
});

test('non-secret values are shown, long strings cut, pointers unescaped for lookup', () => {
  const data = { 'a/b': 'x'.repeat(50), n: 7 };
  const issues = describeIssues([typeError('/a~1b', 'integer'), typeError('/n', 'string,null')], data, { secretNames: new Set() });
  expect(issues.map((i) => i.message)).toEqual([
    `/a~1b: must be integer (got string "${'x'.repeat(40)}…")`,
    '/n: must be string or null (got number 7)',
  ]);
});

test('redactAll hides even non-secret-looking values', () => {
  const [issue] = describeIssues([typeError('', 'boolean')], 'plain', { secretNames: new Set(), redactAll: true });
  expect(issue).toEqual({ pointer: '', keyword: 'type', message: '(root): must be boolean (got string [redacted])' });
});
