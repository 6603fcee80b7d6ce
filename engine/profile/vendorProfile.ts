/**
 * What the engine asks of a vendor: the facts only the vendor knows (its error envelope, where
 * credentials travel, which names hold secrets). The engine names no operation, parameter,
 * header or error code of any vendor; a pack implements this once and every check reads it here.
 */
import type { Case } from '../case/case.ts';
import type { SecretKeyNames } from '../redaction/secretKeyTest.ts';

export interface NamedSecret {
  /** Where it came from, e.g. `query apikey`, `body otp`; never the value. */
  readonly name: string;
  readonly value: string;
}

export interface VendorProfile {
  /** Shown in reports and errors. */
  readonly name: string;
  /** The application error code a response body carries (the vendor's error envelope), if any. */
  errorCodeOf(body: unknown): number | undefined;
  /** Every non-blank credential or secret value the request carries. */
  requestSecrets(c: Case): NamedSecret[];
  /** The required credentials the request leaves out entirely, by a name fit for messages. */
  missingCredentials(c: Case): string[];
  /** Names whose values are secrets wherever they appear, besides the generic ones. */
  readonly secretKeys: SecretKeyNames;
}

/** A vendor with no conventions: no error codes, no credentials known. For documents of other APIs. */
export const GENERIC_PROFILE: VendorProfile = {
  name: 'generic',
  errorCodeOf: () => undefined,
  requestSecrets: () => [],
  missingCredentials: () => [],
  secretKeys: { exact: [], markers: [] },
};
