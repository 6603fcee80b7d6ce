/** One line naming a case in reports: its kind, the rule or example it comes from, and its account. */
import type { Case } from './case.ts';

export function caseLabelText(c: Case): string {
  const { label } = c;
  const text =
    label.kind === 'negative'
      ? `negative: ${label.rule} (${label.detail})`
      : label.example !== undefined
        ? `positive: example ${label.example}`
        : label.boundary !== undefined
          ? `positive: boundary ${label.boundary}`
          : 'positive';
  return c.account === undefined ? text : `${text} · account ${c.account}`;
}
