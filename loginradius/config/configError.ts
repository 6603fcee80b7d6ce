/**
 * Configuration problems are collected, not thrown one by one: a user fixing `.env` should see
 * every problem in one run. Each names the variable, what is wrong and how to fix it.
 */

export interface ConfigProblem {
  /** The environment variable at fault (or the file, for fixture problems). */
  readonly variable: string;
  /** What is wrong; never contains the value of a secret variable. */
  readonly problem: string;
  /** What to do about it. */
  readonly fix: string;
}

export class ConfigError extends Error {
  readonly problems: readonly ConfigProblem[];

  constructor(problems: readonly ConfigProblem[]) {
    super(formatProblems(problems));
    this.name = 'ConfigError';
    this.problems = Object.freeze([...problems]);
  }
}

function formatProblems(problems: readonly ConfigProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const lines = problems.map((p) => `  ✗ ${p.variable}: ${p.problem}\n    fix: ${p.fix}`);
  return `Configuration has ${count} (set variables in the environment or in .env; see .env.example):\n${lines.join('\n')}`;
}

/** Printable text for any error thrown while loading config; other errors get their message only. */
export function formatConfigError(error: unknown): string {
  if (error instanceof ConfigError) return error.message;
  if (error instanceof Error) return `Configuration could not be loaded: ${error.message}`;
  return `Configuration could not be loaded: ${String(error)}`;
}
