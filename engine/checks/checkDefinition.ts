/**
 * A check as the registry holds it: its name (also its configuration key) and what it is, declared
 * on it so the engine never keeps a separate list of names.
 */
import type { Check } from './checkContext.ts';

export interface CheckDefinition {
  /** snake_case, the property it asserts; the key in LR_CHECKS / LR_DISABLE_CHECKS and in reports. */
  readonly name: string;
  readonly check: Check;
  /**
   * The verdict depends on the transport or the clock, not on the request's content (a refused
   * connection, a slow answer): shrinking the input would only resend, so the engine never shrinks it.
   * @defaultValue false
   */
  readonly inputIndependent?: boolean;
}
