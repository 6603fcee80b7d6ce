/**
 * The typed change record every rule produces and every renderer consumes.
 * Levels follow oasdiff: ERR breaks existing clients, WARN may break some, INFO is safe.
 */
export type Level = 'ERR' | 'WARN' | 'INFO';

export const LEVELS: readonly Level[] = ['ERR', 'WARN', 'INFO'];

/** Which document a pointer points into: removals only exist in the old one. */
export type DocumentSide = 'old' | 'new';

export interface SpecChange {
  /** Name of the rule that classified the change (see ruleRegistry.ts). */
  readonly rule: string;
  readonly level: Level;
  /** `METHOD /path`, or `(document)` for changes outside any operation. */
  readonly operation: string;
  readonly operationId?: string;
  /** JSON pointer of the place that changed, in the document named by `in`. */
  readonly pointer: string;
  readonly in: DocumentSide;
  readonly message: string;
  /** Why the rule has its level, in one sentence. */
  readonly why: string;
}

export interface SpecDiffResult {
  readonly changes: readonly SpecChange[];
  readonly counts: Readonly<Record<Level, number>>;
}

export const DOCUMENT_GROUP = '(document)';
