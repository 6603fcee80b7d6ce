/**
 * A negative rule: one named way to break a request while leaving everything else positive.
 * Rules are plain objects in one ordered list (the pack's); the name is the rule id that labels
 * the case, selects rules in options and appears in reports. What a rule is (breaks
 * authentication, sends a wrong one-time code) is declared on it: budgets, remote filtering and
 * checks read those properties, never a list of names.
 */
import type * as fc from 'fast-check';
import type { Case } from '../../engine/case/case.ts';
import type { OperationSpec } from '../../engine/contract/types.ts';
import type { GenerationContext } from '../operation/generationContext.ts';

/** schema: ajv sees the violation; http: the message itself is wrong; domain: only the vendor's rules see it. */
type RuleFamily = 'schema' | 'http' | 'domain';

/** How one positive case is broken. `detail` is shown in reports: it must never contain a secret value. */
export interface Mutation {
  readonly detail: string;
  readonly apply: (positive: Case) => Case;
}

export interface NegativeRule<C = unknown> {
  readonly name: string;
  readonly family: RuleFamily;
  /** The vendor's answer per the team's decided table, for humans (checks read the contract). */
  readonly expected: string;
  /** Breaks authentication (key or token): `ignored_auth` judges its cases. @defaultValue false */
  readonly isAuthRule?: boolean;
  /**
   * Its cases can reach the target's one-time-code check with a wrong code, so each counts as a
   * failed attempt towards the account's lockout: against a real tenant they are sent only within
   * the lockout budget. @defaultValue false
   */
  readonly sendsWrongOtp?: boolean;
  // Method syntax on purpose: a generic rule (any credentials) fits a vendor's typed rule list.
  applies(op: OperationSpec, ctx: GenerationContext<C>): boolean;
  mutation(op: OperationSpec, ctx: GenerationContext<C>): fc.Arbitrary<Mutation>;
}
