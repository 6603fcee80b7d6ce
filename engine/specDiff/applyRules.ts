/**
 * Runs every rule of one scope on one context and hands the findings to the sink.
 */
import type { Finding, Scope, ScopeContexts, ScopedRule } from './DiffRule.ts';
import { rulesOf } from './ruleRegistry.ts';

export type FindingSink = (rule: ScopedRule<Scope>, findings: readonly Finding[]) => void;

export function applyRules<S extends Scope>(scope: S, ctx: ScopeContexts[S], sink: FindingSink): void {
  for (const rule of rulesOf(scope)) {
    const findings = rule.detect(ctx);
    if (findings.length > 0) sink(rule as unknown as ScopedRule<Scope>, findings);
  }
}
