/** One line from a failed validation: what was validated, then the first issues. */
import type { ValidationIssue } from './types.ts';

const MAX_LISTED = 5;

export function summarize(subject: string, issues: readonly ValidationIssue[]): string {
  const listed = issues
    .slice(0, MAX_LISTED)
    .map((i) => i.message)
    .join('; ');
  const more = issues.length > MAX_LISTED ? `; … and ${issues.length - MAX_LISTED} more` : '';
  return `${subject}: ${issues.length} schema issue${issues.length === 1 ? '' : 's'} — ${listed}${more}`;
}
