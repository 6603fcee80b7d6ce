/** Law of parseJsonObject: the object a JSON text holds, and undefined for any other JSON value or for text that is not JSON. */
import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import { parseJsonObject } from '../../../loginradius/credentials/parseJsonObject.ts';

const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

test('law: JSON text of an object gives the object; of anything else, undefined', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const text = JSON.stringify(value);
      expect(parseJsonObject(text)).toEqual(isObject(value) ? JSON.parse(text) : undefined);
    }),
  );
});

test('law: text that is not JSON gives undefined', () => {
  fc.assert(
    fc.property(
      fc
        .oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v).slice(0, -1)),
        )
        .filter((t) => !isJson(t)),
      (text) => expect(parseJsonObject(text)).toBeUndefined(),
    ),
  );
});
