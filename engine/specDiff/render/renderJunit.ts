/**
 * JUnit XML for CI test views: one suite per operation, one test case per change. Changes at or
 * above the `failOn` threshold are failures; the rest pass and say what changed in system-out.
 */
import { levelFails } from '../failsOn.ts';
import { escapeXml as x } from './escapeXml.ts';
import { groupByOperation } from './groupByOperation.ts';
import type { RenderInput } from './RenderInput.ts';

export function renderJunit({ result, oldLabel, newLabel, failOn }: RenderInput): string {
  const groups = groupByOperation(result.changes);
  const failing = result.changes.filter((c) => levelFails(c.level, failOn)).length;
  const total = Math.max(1, result.changes.length);
  const name = `spec diff ${oldLabel} → ${newLabel}`;
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="${x(name)}" tests="${total}" failures="${failing}">`];
  if (groups.length === 0) {
    out.push(
      '  <testsuite name="spec diff" tests="1" failures="0">',
      '    <testcase classname="spec-diff" name="no changes"/>',
      '  </testsuite>',
    );
  }
  for (const group of groups) {
    const failures = group.changes.filter((c) => levelFails(c.level, failOn)).length;
    out.push(`  <testsuite name="${x(group.title)}" tests="${group.changes.length}" failures="${failures}">`);
    for (const c of group.changes) {
      const detail = `${c.message}\nat ${c.pointer}${c.in === 'old' ? ' (old document)' : ''}\n${c.why}`;
      out.push(`    <testcase classname="${x(`spec-diff.${group.title}`)}" name="${x(`${c.level} ${c.rule}: ${c.message}`)}">`);
      out.push(
        levelFails(c.level, failOn)
          ? `      <failure type="${c.level}" message="${x(c.message)}">${x(detail)}</failure>`
          : `      <system-out>${x(detail)}</system-out>`,
      );
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}
