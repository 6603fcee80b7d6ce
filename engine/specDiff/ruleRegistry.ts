/**
 * Every classification rule, in the order they run and are listed. Names are unique (tested);
 * each rule carries its own scope, level and reason.
 */
import type { DiffRule, Scope, ScopedRule } from './DiffRule.ts';
import { boundRules } from './rules/boundRules.ts';
import { compositionRules } from './rules/compositionRules.ts';
import { enumRules } from './rules/enumRules.ts';
import { errorCodeRules } from './rules/errorCodeRules.ts';
import { markerRules } from './rules/markerRules.ts';
import { operationRules } from './rules/operationRules.ts';
import { parameterRules } from './rules/parameterRules.ts';
import { patternRules } from './rules/patternRules.ts';
import { propertyRules } from './rules/propertyRules.ts';
import { requestBodyRules } from './rules/requestBodyRules.ts';
import { responseRules } from './rules/responseRules.ts';
import { securityRules } from './rules/securityRules.ts';
import { typeRules } from './rules/typeRules.ts';

export const RULES: readonly DiffRule[] = Object.freeze([
  ...operationRules,
  ...securityRules,
  ...parameterRules,
  ...requestBodyRules,
  ...responseRules,
  ...errorCodeRules,
  ...typeRules,
  ...propertyRules,
  ...boundRules,
  ...enumRules,
  ...patternRules,
  ...compositionRules,
  ...markerRules,
]);

export const RULE_BY_NAME: ReadonlyMap<string, DiffRule> = new Map(RULES.map((r) => [r.name, r]));

/** The rules of one scope, in registry order. */
export function rulesOf<S extends Scope>(scope: S): readonly ScopedRule<S>[] {
  return RULES.filter((r): r is ScopedRule<S> & DiffRule => r.scope === scope) as readonly ScopedRule<S>[];
}
