/**
 * Renders rows as a GitHub-flavoured Markdown table; `|` and newlines inside cells are escaped so a
 * message can never break the table. Numbers are formatted by the caller.
 */
export function markdownTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  if (header.length === 0) throw new Error('markdownTable: header must name at least one column');
  const cell = (text: string | undefined): string => (text ?? '').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  for (const [i, row] of rows.entries())
    if (row.length > header.length)
      throw new Error(`markdownTable: row ${i} has ${row.length} cells, header ${header.length}; add a column or drop cells`);
  const line = (cells: readonly string[]): string => `| ${header.map((_, i) => cell(cells[i])).join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

/** 1234.5 → "1,235"; null → "n/a". */
export function formatRate(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? 'n/a' : Math.round(value).toLocaleString('en-US');
}

/** 0.734 → "73 %"; 12.3 → "12.3×" when `asTimes`; null → "n/a". */
export function formatRatio(value: number | null | undefined, asTimes = false): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  return asTimes ? `${value.toFixed(1)}×` : `${Math.round(value * 100)} %`;
}
