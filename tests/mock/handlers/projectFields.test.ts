import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import { parseFields, projectFields } from '../../../mock/handlers/projectFields.ts';

const profile = {
  Uid: 'u',
  Email: [{ Type: 'Primary', Value: 'a@b.c' }],
  Country: { Code: 'US', Name: 'United States' },
  PIN: { PIN: null, Skipped: false },
};

test.describe('projectFields', () => {
  test('the four documented forms', () => {
    expect(projectFields(profile, 'Uid')).toEqual({ Uid: 'u' });
    expect(projectFields(profile, '*')).toEqual(profile);
    expect(projectFields(profile, 'Email(Value)')).toEqual({ Email: [{ Value: 'a@b.c' }] });
    expect(projectFields(profile, 'country/code')).toEqual({ Country: { Code: 'US' } });
    expect(projectFields(profile, 'Country/Code, Country/Name ,uid')).toEqual({ Uid: 'u', Country: { Code: 'US', Name: 'United States' } });
    // A whole field selected once stays whole even when a sub-path of it is also named.
    expect(projectFields(profile, 'Country,Country/Code')).toEqual({ Country: profile.Country });
  });

  test('an empty selection means everything; only-unknown names mean nothing', () => {
    expect(parseFields('')).toBe(true);
    expect(parseFields(' , ')).toBe(true);
    expect(projectFields(profile, 'Nope')).toEqual({});
  });

  test('law: never throws and only ever returns a subset of the profile keys', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'U', 'i', 'd', '(', ')', ',', '/', '*', ' ', 'E', 'm', 'l'), maxLength: 30 }),
        (fields) => {
          const out = projectFields(profile, fields);
          return Object.keys(out).every((k) => k in profile);
        },
      ),
      { numRuns: 500 },
    );
  });
});

test.describe('projectFields: hostile input', () => {
  test('deep nesting (50k parentheses or path segments) neither throws nor recurses without bound', () => {
    expect(() => projectFields(profile, `Country${'('.repeat(50_000)}`)).not.toThrow();
    expect(projectFields(profile, `${'Country('.repeat(40)}Code${')'.repeat(40)},Uid`)).toEqual({ Uid: 'u', Country: {} });
    expect(projectFields(profile, 'Country/'.repeat(20_000))).toEqual({ Country: {} });
  });
});
