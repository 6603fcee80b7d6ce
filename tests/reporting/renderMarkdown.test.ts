import { test, expect } from '@playwright/test';
import { buildContractReport } from '../../reporting/buildContractReport.ts';
import { cellText, renderMarkdown } from '../../reporting/renderMarkdown.ts';
import { failureRecord, record } from './recordFixtures.ts';

test.describe('renderMarkdown', () => {
  test('cellText shows failures first and omits empty parts', () => {
    expect(cellText({ operationId: 'o', check: 'c', passed: 5, failed: 1, skipped: 2 })).toBe('✗ 1 · ✓ 5 · – 2');
    expect(cellText({ operationId: 'o', check: 'c', passed: 0, failed: 0, skipped: 4 })).toBe('– 4');
    expect(cellText(undefined)).toBe('—');
  });

  test('content cannot break out: pipes in table cells are escaped, fences outgrow backticks in the content', () => {
    const f = failureRecord({ excerpt: 'a ``` b', curl: 'curl x' });
    const report = buildContractReport({
      records: [record({ failures: [f], title: 'x|y' })],
      harnessErrors: [{ source: 'a|b', message: '<b>\nline2' }],
      target: 'http://h',
      durationMs: 1,
      generatedAt: new Date(0),
    });
    const md = renderMarkdown(report);
    expect(md).toContain('````\na ``` b\n````');
    expect(md).toContain('- **a\\|b**: &lt;b&gt; line2');
  });
});
