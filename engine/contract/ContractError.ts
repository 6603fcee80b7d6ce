/**
 * The one error type of the contract layer. Every message has the same shape so a reader can act
 * on it without a stack trace: `<file>: <where>: <problem> — <fix>`.
 */
import { isAbsolute, relative } from 'node:path';

export interface ContractErrorDetails {
  /** Absolute path of the document concerned. */
  readonly file: string;
  /** Where in the file: `line 12` or a JSON pointer such as `#/paths/~1x/get`. */
  readonly where?: string;
  readonly problem: string;
  /** What to do about it, phrased as an instruction. */
  readonly fix: string;
}

export class ContractError extends Error {
  readonly file: string;
  readonly where: string | undefined;

  constructor(details: ContractErrorDetails, options?: { cause?: unknown }) {
    const location = details.where === undefined ? '' : `${details.where}: `;
    super(`${displayPath(details.file)}: ${location}${details.problem} — ${details.fix}`, options);
    this.name = 'ContractError';
    this.file = details.file;
    this.where = details.where;
  }
}

/** Repo-relative (cwd-relative) path when the file is below the working directory; absolute otherwise. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}
