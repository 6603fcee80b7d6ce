/**
 * LoginRadius's request classes for the drift baseline: a success of an operation that takes the
 * `fields` projection is `full` (no projection: every field the profile has) or `projected` (any
 * non-blank value, even one the vendor may read as "everything": a projection may omit any field,
 * so doubtful requests go where fields are optional). Errors are not projected; the error a negative
 * case gets depends on the rule it breaks, so its class is the rule (`rule:<name>`): a rule's new
 * code is drift, a rule the baseline's sample never sent is not.
 */
import { DEFAULT_REQUEST_CLASS, type RequestClassOf } from '../../engine/baseline/requestClass.ts';
import type { Contract } from '../../engine/contract/types.ts';

const PROJECTION = 'fields';

export function requestClassOf(contract: Contract): RequestClassOf {
  const projects = (operationId: string): boolean =>
    contract.operations.get(operationId)?.parameters.some((p) => p.in === 'query' && p.name === PROJECTION) ?? false;
  return ({ case: c, outcome }) => {
    if (outcome.kind !== 'response') return DEFAULT_REQUEST_CLASS;
    if (outcome.status >= 400 && c.label.kind === 'negative') return `rule:${c.label.rule}`;
    if (outcome.status < 200 || outcome.status > 299 || !projects(c.operationId)) return DEFAULT_REQUEST_CLASS;
    const projected = c.query.some(([name, value]) => name.toLowerCase() === PROJECTION && value.trim() !== '');
    return projected ? 'projected' : 'full';
  };
}
