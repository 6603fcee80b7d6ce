/**
 * The single signature every check has, and its three-way result.
 * A check is a plain function named after the property it asserts (snake_case);
 * that name is also its configuration key.
 */
import type { OperationId } from '../contract/types.ts';

export type Severity = 'error' | 'warning';

export interface Failure {
  readonly check: string;
  readonly operationId: OperationId;
  /** Short, stable title, e.g. "Undocumented status code". */
  readonly title: string;
  /** Human-readable detail: what was received and what the contract says. */
  readonly message: string;
  readonly severity: Severity;
  /** Two failures with the same key are the same bug (used to de-duplicate across cases). */
  readonly dedupKey: string;
  /** JSON pointers into the response body, when the failure is about its shape. */
  readonly pointers?: readonly string[];
  /** The check itself crashed: a bug of the harness, not of the target (exit code 2). */
  readonly harnessError?: true;
}

export type CheckResult =
  | { readonly status: 'passed' }
  | { readonly status: 'skipped'; readonly reason: string }
  | { readonly status: 'failed'; readonly failures: readonly Failure[] };

/** Reports which documented form the target used; its findings are warnings, listed apart. */
export const AMBIGUITY_CHECK = 'documented_ambiguity';
