import { test, expect } from '@playwright/test';
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { cachedParse } from '../../../engine/contract/parsedYamlCache.ts';

const cacheFolder = () => join(tmpdir(), `lr-contract-cache-${process.getuid?.() ?? 0}`);
const entryOf = (text: string) => join(cacheFolder(), `${createHash('sha256').update(text).digest('hex')}.json`);
/** Each test's documents are unique: their entries go again afterwards. */
const written: string[] = [];
test.afterAll(() => {
  for (const text of written) rmSync(entryOf(text), { force: true });
});

test('a document is parsed once: later calls read the cached JSON, equal to the parse', () => {
  const text = `id: ${randomUUID()}\nresponses:\n  '200': { description: ok }\n  404: { description: gone }\nlist: [1, 2.5, true, null, "x"]\n`;
  written.push(text);
  let parses = 0;
  const counting = (t: string) => {
    parses += 1;
    return parse(t);
  };
  const first = cachedParse(text, counting);
  const second = cachedParse(text, counting);
  expect(parses).toBe(1);
  expect(second).toEqual(first);
  expect(second).toEqual(parse(text));
});

test('what JSON cannot carry exactly is never cached; a corrupt cache entry falls back to parsing', () => {
  const infinite = `id: ${randomUUID()}\nmax: .inf\n`;
  let parses = 0;
  const counting = (t: string) => {
    parses += 1;
    return parse(t);
  };
  expect(cachedParse(infinite, counting)).toEqual({ id: expect.any(String), max: Number.POSITIVE_INFINITY });
  expect(cachedParse(infinite, counting)).toEqual({ id: expect.any(String), max: Number.POSITIVE_INFINITY });
  expect(parses).toBe(2);

  const text = `id: ${randomUUID()}\n`;
  written.push(text);
  cachedParse(text, parse);
  const entry = entryOf(text);
  expect(readFileSync(entry, 'utf8')).toBe(JSON.stringify(parse(text)));
  writeFileSync(entry, '{not json');
  expect(cachedParse(text, parse)).toEqual(parse(text));
});

test('a YAML error still surfaces from the parser', () => {
  expect(() => cachedParse(`a: [${randomUUID()}`, (t) => parse(t))).toThrow();
});
