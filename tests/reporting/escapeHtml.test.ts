import { test, expect } from '@playwright/test';
import { escapeHtml } from '../../reporting/escapeHtml.ts';

test('escapeHtml: the five HTML-significant characters, for content and attributes', () => {
  expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  expect(escapeHtml(42)).toBe('42');
});
