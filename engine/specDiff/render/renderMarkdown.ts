/**
 * GitHub-flavoured markdown for a PR comment: summary, one table per operation, and the reasons
 * folded away in a details block.
 */
import { groupByOperation } from './groupByOperation.ts';
import type { RenderInput } from './RenderInput.ts';
import { rulesFired } from './rulesFired.ts';
import { summaryLine } from './summaryLine.ts';

/** Table cells: pipes and newlines would break the row. */
const cell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

export function renderMarkdown({ result, oldLabel, newLabel }: RenderInput): string {
  const lines = ['## OpenAPI contract diff', '', `${code(oldLabel)} → ${code(newLabel)}`, '', `**${summaryLine(result.counts)}**`];
  if (result.changes.length === 0) return `${[...lines, '', 'No changes.'].join('\n')}\n`;
  for (const group of groupByOperation(result.changes)) {
    lines.push('', `### ${code(group.title)}`, '', '| Level | Rule | Change | Pointer |', '|---|---|---|---|');
    for (const c of group.changes) {
      const where = `${code(cell(c.pointer))}${c.in === 'old' ? ' (old)' : ''}`;
      lines.push(`| ${c.level} | ${code(c.rule)} | ${cell(c.message)} | ${where} |`);
    }
  }
  lines.push('', '<details><summary>Why these levels</summary>', '');
  for (const c of rulesFired(result.changes)) lines.push(`- ${code(c.rule)} (${c.level}): ${c.why}`);
  lines.push('', '</details>');
  return `${lines.join('\n')}\n`;
}
