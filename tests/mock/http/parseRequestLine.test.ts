import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import { normalisePath, parseQueryString, splitUrl } from '../../../mock/http/parseRequestLine.ts';

test.describe('parseRequestLine', () => {
  test('query names are lower-cased; duplicates join with ","; + and %20 are spaces', () => {
    const q = parseQueryString('ApiKey=a&apikey=b&SmsTemplate2FA=my+tpl&x=%20y&flag&empty=');
    expect([...q]).toEqual([
      ['apikey', 'a,b'],
      ['smstemplate2fa', 'my tpl'],
      ['x', ' y'],
      ['flag', ''],
      ['empty', ''],
    ]);
  });

  test('malformed escapes are kept literally', () => {
    expect(parseQueryString('a=%zz&b=%e0%a4%a').get('a')).toBe('%zz');
    expect(normalisePath('/Identity/%zz/')).toBe('/identity/%zz');
  });

  test('paths: lower-cased, decoded, one trailing slash removed, fragment dropped', () => {
    expect(splitUrl('/Identity/V2/%41uth/?x=1#frag').path).toBe('/identity/v2/auth');
    expect(splitUrl('/').path).toBe('/');
  });

  test('law: any string parses without throwing, names are lower-case', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const { query } = splitUrl(`/p?${s}`);
        return [...query.keys()].every((k) => k === k.toLowerCase());
      }),
      { numRuns: 500 },
    );
  });
});
