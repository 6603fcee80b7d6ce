/**
 * The module table of ARCHITECTURE.md, rendered from the DEPS.list files: one row per folder with
 * its job and what it may import. ARCHITECTURE.md carries it between two markers and a test checks
 * the copy is current, so the page cannot drift from what the checker enforces.
 */
import type { DepsList } from './parseDepsList.ts';

const TABLE_BEGIN = '<!-- deps:begin (generated from the DEPS.list files by `npm run architecture`) -->';
const TABLE_END = '<!-- deps:end -->';

export function renderModuleTable(lists: ReadonlyMap<string, DepsList>): string {
  const rows = [...lists.values()]
    .sort((a, b) => (a.folder === '' ? -1 : b.folder === '' ? 1 : a.folder.localeCompare(b.folder)))
    .map((l) => {
      const inRepo = l.allowed.map((a) => `\`${a}\``).join(', ') || '—';
      const packages = l.packages.map((p) => `\`${p}\``).join(', ') || '—';
      const exceptions = Object.entries(l.exceptions)
        .map(([file, e]) => `; \`${file}\` also ${e.allowed.map((a) => `\`${a}\``).join(', ')}`)
        .join('');
      return `| \`${l.folder === '' ? '(root)' : `${l.folder}/`}\` | ${l.job.replaceAll('|', '\\|')} | ${inRepo}${exceptions} | ${packages} |`;
    });
  return [TABLE_BEGIN, '| folder | job | may import (in repo) | packages |', '|---|---|---|---|', ...rows, TABLE_END].join('\n');
}

/** `document` with the table between the markers replaced by `table`; throws when a marker is missing. */
export function withModuleTable(document: string, table: string): string {
  const begin = document.indexOf(TABLE_BEGIN);
  const end = document.indexOf(TABLE_END);
  if (begin < 0 || end < begin)
    throw new Error(`ARCHITECTURE.md has no ${TABLE_BEGIN} … ${TABLE_END} section; add the two markers where the table goes`);
  return document.slice(0, begin) + table + document.slice(end + TABLE_END.length);
}
