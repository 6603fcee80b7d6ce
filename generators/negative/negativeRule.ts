/**
 * A negative rule: one named way to break a request while leaving everything else positive.
 * Rules are plain objects in one ordered list (negativeRules.ts); the name is the rule id that
 * labels the case, selects rules in options and appears in reports.
 */
import type * as fc from 'fast-check';
import type { Case } from '../../engine/case/case.ts';
import type { OperationSpec } from '../../engine/contract/types.ts';
import type { GenerationContext } from '../operation/generationContext.ts';

/** schema: ajv sees the violation; http: the message itself is wrong; domain: only the vendor's rules see it. */
export type RuleFamily = 'schema' | 'http' | 'domain';

/** How one positive case is broken. `detail` is shown in reports: it must never contain a secret value. */
export interface Mutation {
  readonly detail: string;
  readonly apply: (positive: Case) => Case;
}

export interface NegativeRule {
  readonly name: string;
  readonly family: RuleFamily;
  /** The vendor's answer per the team's decided table, for humans (checks read the contract). */
  readonly expected: string;
  readonly applies: (op: OperationSpec, ctx: GenerationContext) => boolean;
  readonly mutation: (op: OperationSpec, ctx: GenerationContext) => fc.Arbitrary<Mutation>;
}
