import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import { shellQuote } from '../../../engine/case/shellQuote.ts';
import { argvOf } from './shellArgs.ts';

test.describe('shellQuote', () => {
  test('plain single quotes for printable text, with the POSIX close-escape-reopen for quotes', () => {
    expect(shellQuote(`it's $HOME`)).toBe(`'it'\\''s $HOME'`);
    expect(shellQuote('a\nb')).toBe(`$'a\\nb'`);
  });

  test('law: bash reads back exactly the quoted string, on one line (batched: one bash for all runs)', () => {
    const unit = fc.oneof(
      fc.constantFrom(
        "'",
        '"',
        '\\',
        '$',
        '`',
        '!',
        '*',
        '?',
        '[',
        ']',
        '{',
        '}',
        ' ',
        '\n',
        '\r',
        '\t',
        '\x1b',
        '\x7f',
        '%',
        '#',
        ';',
        '&',
        '|',
      ),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }),
    );
    const samples = fc.sample(
      fc.string({ unit, maxLength: 40 }).filter((s) => !s.includes('\0')),
      { numRuns: 300, seed: 7 },
    );
    samples.push('', "'", "''", '\\', '$(id)', '`id`', 'a\u0001b');
    const lines = samples.map((s) => `curl ${shellQuote(s)}`);
    for (const line of lines) expect(line).not.toMatch(/[\r\n]/);
    expect(argvOf(lines)).toEqual(samples.map((s) => [s]));
  });
});
