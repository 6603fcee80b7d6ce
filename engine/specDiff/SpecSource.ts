/** One side of a diff: the parsed document and the label that names it in messages. */
export interface SpecSource {
  /** A file path or `git:<rev>`; shown in errors and report headers. */
  readonly label: string;
  readonly document: Readonly<Record<string, unknown>>;
}
