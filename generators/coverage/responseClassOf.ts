/**
 * The kind of answer a coverage case asks for, read from what its rule declares (never from a list
 * of names): acceptance, the refusal of a wrong one-time code, of broken authentication, of a broken
 * HTTP message, of a schema violation, or of the vendor's other rules. The coverage-first order
 * touches every kind early instead of exhausting one operation or one kind first.
 */
import type { NegativeRule } from '../negative/negativeRule.ts';

export type ResponseClass = 'success' | 'wrong-code' | 'auth' | 'message' | 'schema' | 'domain';

/** The class of a negative rule's cases; a positive case (example, inside boundary) is `success`. */
export function responseClassOf(rule: Pick<NegativeRule, 'family' | 'isAuthRule' | 'sendsWrongOtp'> | undefined): ResponseClass {
  if (rule === undefined) return 'success';
  if (rule.sendsWrongOtp === true) return 'wrong-code';
  if (rule.isAuthRule === true) return 'auth';
  return rule.family === 'http' ? 'message' : rule.family;
}
