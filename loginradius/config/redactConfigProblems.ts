/**
 * Defensive scrub of problem messages before they are thrown. Messages never echo a secret
 * variable by construction (`EnvParser.shown`); this pass catches text quoted from elsewhere
 * (e.g. a fixture error). Values under 8 characters are skipped here: messages are mostly fixed
 * wording, and a short test token such as "tick" would garble words like "ticket".
 */
import { createRedactor } from '../../engine/redaction/createRedactor.ts';
import type { ConfigProblem } from './configError.ts';

const MIN_LENGTH_IN_MESSAGES = 8;

export function redactConfigProblems(problems: readonly ConfigProblem[], secrets: readonly string[]): ConfigProblem[] {
  const redactor = createRedactor({ secrets: secrets.filter((s) => s.trim().length >= MIN_LENGTH_IN_MESSAGES) });
  return problems.map((p) => ({ variable: p.variable, problem: redactor.text(p.problem), fix: p.fix }));
}
