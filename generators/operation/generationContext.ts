/** Everything operation-level generation needs besides the operation itself. */
import type { Contract } from '../../engine/contract/types.ts';
import type { TargetCredentials } from '../../loginradius/credentials/credentials.ts';

export interface GenerationContext {
  readonly contract: Contract;
  /** The credentials of the user the cases are for (secrets: never put them in labels or errors). */
  readonly credentials: TargetCredentials;
  /** Current time in ms, read when a TOTP code is drawn; fix it to make generation reproducible. */
  readonly clock: () => number;
}
