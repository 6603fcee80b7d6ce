import { test, expect } from '@playwright/test';
import { formatRate, formatRatio, markdownTable } from '../../bench/markdownTable.ts';

test('markdownTable: header, separator, one line per row; pipes and newlines cannot break a row', () => {
  const md = markdownTable(['a', 'b'], [['1', 'x|y'], ['two\nlines']]);
  expect(md.split('\n')).toEqual(['| a | b |', '|---|---|', '| 1 | x\\|y |', '| two lines |  |']);
  expect(() => markdownTable(['a'], [['1', '2']])).toThrow(/row 0 has 2 cells, header 1/);
  expect(() => markdownTable([], [])).toThrow(/at least one column/);
});

test('formatRate and formatRatio: rounded, thousands separators, n/a for missing values', () => {
  expect(formatRate(1234.5)).toBe('1,235');
  expect(formatRate(null)).toBe('n/a');
  expect(formatRatio(0.734)).toBe('73 %');
  expect(formatRatio(12.34, true)).toBe('12.3×');
  expect(formatRatio(undefined)).toBe('n/a');
});
