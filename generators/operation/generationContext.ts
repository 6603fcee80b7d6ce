/** Everything operation-level generation needs besides the operation itself. */
import type { Contract } from '../../engine/contract/types.ts';
import type { GenerationProfile } from './generationProfile.ts';

export interface GenerationContext<C = unknown> {
  readonly contract: Contract;
  /** The credentials of the user the cases are for (secrets: never put them in labels or errors). */
  readonly credentials: C;
  /** Current time in ms, read when a time-based code is drawn; fix it to make generation reproducible. */
  readonly clock: () => number;
  /** The vendor's answers to what schemas cannot say (credential placement, special values). */
  readonly profile: GenerationProfile<C>;
}
