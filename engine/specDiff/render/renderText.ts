/**
 * Plain text for a terminal: a summary line, then each operation's changes with their pointers,
 * then why each rule that fired has its level.
 */
import { groupByOperation } from './groupByOperation.ts';
import type { RenderInput } from './RenderInput.ts';
import { rulesFired } from './rulesFired.ts';
import { summaryLine } from './summaryLine.ts';

export function renderText({ result, oldLabel, newLabel }: RenderInput): string {
  const lines = [`Spec diff ${oldLabel} → ${newLabel}: ${summaryLine(result.counts)}`];
  if (result.changes.length === 0) return `${lines[0]}\nNo changes.\n`;
  for (const group of groupByOperation(result.changes)) {
    lines.push('', group.title);
    for (const c of group.changes) {
      lines.push(`  ${c.level.padEnd(4)} ${c.rule}: ${c.message}`);
      lines.push(`       at ${c.pointer}${c.in === 'old' ? ' (old document)' : ''}`);
    }
  }
  lines.push('', 'Why:');
  for (const c of rulesFired(result.changes)) lines.push(`  ${c.rule} (${c.level}): ${c.why}`);
  return `${lines.join('\n')}\n`;
}
