/**
 * The one error of the diff: names the input, the place, the problem and the fix, so the CLI can
 * print it as one line and exit 2 instead of showing a stack trace.
 */
export interface SpecDiffErrorDetails {
  /** Which input: a file path, `git:<rev>` or `options`. */
  readonly source: string;
  /** `line 12` or a JSON pointer. */
  readonly where?: string;
  readonly problem: string;
  /** What to do about it, as an instruction. */
  readonly fix: string;
}

export class SpecDiffError extends Error {
  readonly details: SpecDiffErrorDetails;

  constructor(details: SpecDiffErrorDetails, options?: { cause?: unknown }) {
    const where = details.where === undefined ? '' : `${details.where}: `;
    super(`${details.source}: ${where}${details.problem} — ${details.fix}`, options);
    this.name = 'SpecDiffError';
    this.details = details;
  }
}
