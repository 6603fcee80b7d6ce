/**
 * The check-like adapter: a baseline comparison → `Failure`s under the check name
 * `baseline_conformance` (breaking = 'error', additive = 'warning'), so drift shows up in the
 * same report matrix as the contract checks.
 */
import type { Failure } from '../checks/types.ts';
import type { BaselineComparison, Change } from './compareBaseline.ts';

const BASELINE_CHECK = 'baseline_conformance';

const titles: Record<Change['kind'], string> = {
  'new-status': 'New status code since baseline',
  'new-error-code': 'New error code since baseline',
  'new-content-type': 'New content type since baseline',
  'removed-field': 'Field removed since baseline',
  'type-change': 'Field type changed since baseline',
  'became-nullable': 'Field became nullable since baseline',
  'became-optional': 'Field became optional since baseline',
  'form-change': 'Documented form switched since baseline',
  'new-operation': 'Operation missing from baseline',
  'new-field': 'New field since baseline',
};

function toFailure(change: Change, severity: Failure['severity']): Failure {
  const essence = [
    change.status ?? '-',
    ...(change.requestClass === undefined ? [] : [change.requestClass]),
    change.kind,
    change.pointer ?? change.after ?? '-',
  ];
  return {
    check: BASELINE_CHECK,
    operationId: change.operationId,
    title: titles[change.kind],
    message: `${change.message}${change.before !== undefined ? `\nBaseline: ${change.before}` : ''}${change.after !== undefined ? `\nObserved: ${change.after}` : ''}`,
    severity,
    dedupKey: [BASELINE_CHECK, change.operationId, ...essence].join('|'),
    ...(change.pointer !== undefined ? { pointers: [change.pointer] } : {}),
  };
}

export function baselineFailures(comparison: BaselineComparison): Failure[] {
  return [...comparison.breaking.map((c) => toFailure(c, 'error')), ...comparison.additive.map((c) => toFailure(c, 'warning'))];
}
