import { test, expect } from '@playwright/test';
import { compileSecretPattern, secretForms, usableSecrets, MIN_SECRET_LENGTH } from '../../../engine/redaction/secretValuePattern.ts';

test.describe('secretValuePattern', () => {
  test('one pattern matches every form of every secret, longest first', () => {
    const pattern = compileSecretPattern(['abcd', 'abcdef x/y']);
    expect(pattern).toBeDefined();
    for (const form of secretForms('abcdef x/y')) expect(`..${form}..`).toMatch(pattern!);
    // The longer secret is replaced whole, not as its 'abcd' prefix plus a tail.
    expect('abcdef x/y'.replace(pattern!, '#')).toBe('#');
  });

  test('short secrets, duplicates and substrings of the marker are dropped; nothing left → no pattern', () => {
    expect(MIN_SECRET_LENGTH).toBe(4);
    expect(usableSecrets(['abc', 'abcd', 'abcd', 'DACT'], '[REDACTED]')).toEqual(['abcd']);
    expect(compileSecretPattern([])).toBeUndefined();
  });

  test('regex metacharacters in secrets are matched literally', () => {
    const pattern = compileSecretPattern(['a.b*c(d)'])!;
    expect('a.b*c(d)').toMatch(pattern);
    expect('axbbbc(d)').not.toMatch(pattern);
  });
});
