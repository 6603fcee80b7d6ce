/**
 * The three renderings of one result: each names every change with its level, rule and pointer,
 * groups them per operation, and escapes what its format needs escaped.
 */
import { test, expect } from '@playwright/test';
import { renderJunit } from '../../../../engine/specDiff/render/renderJunit.ts';
import { renderMarkdown } from '../../../../engine/specDiff/render/renderMarkdown.ts';
import { renderText } from '../../../../engine/specDiff/render/renderText.ts';
import type { SpecChange, SpecDiffResult } from '../../../../engine/specDiff/SpecChange.ts';

const change = (over: Partial<SpecChange>): SpecChange => ({
  rule: 'success-status-removed',
  level: 'ERR',
  operation: 'PUT /a',
  operationId: 'putA',
  pointer: '#/paths/~1a/put/responses/200',
  in: 'old',
  message: 'success status 200 removed',
  why: 'Clients lose it.',
  ...over,
});
const result: SpecDiffResult = {
  changes: [
    change({}),
    change({
      rule: 'error-code-added',
      level: 'WARN',
      pointer: '#/x',
      in: 'new',
      message: 'code <1|2> & "3"',
      why: 'Maybe unhandled.',
    }),
    change({
      rule: 'operation-added',
      level: 'INFO',
      operation: 'GET /b',
      operationId: undefined,
      pointer: '#/paths/~1b/get',
      in: 'new',
      message: 'added',
    }),
  ],
  counts: { ERR: 1, WARN: 1, INFO: 1 },
};
const input = { result, oldLabel: 'git:HEAD', newLabel: 'spec.yaml', failOn: 'breaking' as const };
const empty = { ...input, result: { changes: [], counts: { ERR: 0, WARN: 0, INFO: 0 } } };

test('text: summary, groups with operationId, pointer with its side, reasons', () => {
  const text = renderText(input);
  expect(text).toContain('Spec diff git:HEAD → spec.yaml: 1 breaking (ERR), 1 possibly breaking (WARN), 1 safe');
  expect(text).toContain(
    'PUT /a (putA)\n  ERR  success-status-removed: success status 200 removed\n' + '       at #/paths/~1a/put/responses/200 (old document)',
  );
  expect(text).toContain('\nGET /b\n  INFO operation-added: added');
  expect(text).toContain('error-code-added (WARN): Maybe unhandled.');
  expect(renderText(empty)).toContain('No changes.');
});

test('markdown: one table per operation, pipes escaped, reasons in a details block', () => {
  const md = renderMarkdown(input);
  expect(md).toContain('### `PUT /a (putA)`');
  expect(md).toContain('| ERR | `success-status-removed` | success status 200 removed | `#/paths/~1a/put/responses/200` (old) |');
  expect(md).toContain('code <1\\|2> & "3"');
  const details = md.slice(md.indexOf('<details><summary>Why these levels</summary>'));
  expect(details).toContain('`error-code-added` (WARN): Maybe unhandled.');
  expect(details.trimEnd().endsWith('</details>')).toBe(true);
});

test('junit: failures at the threshold only, XML escaped, a passing case when nothing changed', () => {
  const xml = renderJunit(input);
  expect(xml).toContain('<testsuites name="spec diff git:HEAD → spec.yaml" tests="3" failures="1">');
  expect(xml).toContain('<failure type="ERR" message="success status 200 removed">');
  expect(xml).toContain('code &lt;1|2&gt; &amp; &quot;3&quot;');
  expect(xml).not.toContain('<failure type="WARN"');
  expect(renderJunit({ ...input, failOn: 'warn' })).toContain('<failure type="WARN"');
  expect(renderJunit(empty)).toContain('<testcase classname="spec-diff" name="no changes"/>');
});
