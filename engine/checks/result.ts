/**
 * Builders for the three-way `CheckResult` and for `Failure`s with a stable de-duplication key.
 */
import type { OperationId } from '../contract/types.ts';
import type { CheckResult, Failure, Severity } from './types.ts';

export const passed = (): CheckResult => ({ status: 'passed' });
export const skipped = (reason: string): CheckResult => ({ status: 'skipped', reason });
export const failed = (failures: readonly Failure[]): CheckResult => (failures.length === 0 ? passed() : { status: 'failed', failures });

export interface FailureInput {
  readonly title: string;
  readonly message: string;
  /** What makes this bug this bug (status, pointer+keyword, rule...), never the random request data. */
  readonly essence: ReadonlyArray<string | number>;
  readonly severity?: Severity;
  readonly pointers?: readonly string[];
}

export function makeFailure(check: string, operationId: OperationId, input: FailureInput): Failure {
  return {
    check,
    operationId,
    title: input.title,
    message: input.message,
    severity: input.severity ?? 'error',
    dedupKey: [check, operationId, ...input.essence.map(String)].join('|'),
    ...(input.pointers ? { pointers: input.pointers } : {}),
  };
}
