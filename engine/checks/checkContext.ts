/**
 * What every check may read besides the exchange: the contract, a response validator, the vendor
 * profile, tunable options and the secret values that must never come back in a response.
 */
import type { Contract, OperationId } from '../contract/types.ts';
import type { CheckResult } from './types.ts';
import type { Exchange } from '../transport/exchange.ts';
import type { ValidationResult } from '../validation/types.ts';
import { GENERIC_PROFILE, type VendorProfile } from '../profile/vendorProfile.ts';

export type { ValidationResult } from '../validation/types.ts';

/** The part of `ContractValidator` (engine/validation) checks use, so tests can pass a small fake. */
export interface ResponseValidator {
  validate(operationId: OperationId, status: number, contentType: string, body: unknown): ValidationResult;
}

export interface CheckOptions {
  /** `max_response_time` limit. @defaultValue 2000 */
  readonly maxResponseTimeMs: number;
  /** Statuses a positive case may get, per operation. @defaultValue any 2xx */
  readonly expectedStatus: Readonly<Partial<Record<OperationId, readonly number[]>>>;
  /**
   * Error codes a *positive* case may legitimately get because of server state (skipped, not failed).
   * @defaultValue none; a vendor pack supplies them (e.g. "one-time code already used")
   */
  readonly statefulRejections: Readonly<Partial<Record<OperationId, readonly number[]>>>;
}

export interface CheckContext {
  readonly contract: Contract;
  readonly validator: ResponseValidator;
  /** The vendor's conventions: error envelope, credentials, secret names. */
  readonly profile: VendorProfile;
  readonly options: CheckOptions;
  /** Configured secret values (API key, tokens, TOTP secret...) that a response must never contain. */
  readonly secrets: readonly string[];
}

/** The one signature of every check. */
export type Check = (ctx: CheckContext, exchange: Exchange) => CheckResult;

export const DEFAULT_CHECK_OPTIONS: CheckOptions = {
  maxResponseTimeMs: 2000,
  expectedStatus: {},
  statefulRejections: {},
};

export interface CheckContextInput {
  readonly contract: Contract;
  readonly validator: ResponseValidator;
  /** @defaultValue GENERIC_PROFILE (no vendor conventions) */
  readonly profile?: VendorProfile;
  readonly options?: Partial<CheckOptions>;
  readonly secrets?: readonly string[];
}

/** Fills defaults and validates at once; errors name `createCheckContext` and the fix. */
export function createCheckContext(input: CheckContextInput): CheckContext {
  if (!input?.contract || typeof input.contract.operations?.get !== 'function')
    throw new Error('createCheckContext: contract is required; pass the result of loadContract().');
  if (typeof input.validator?.validate !== 'function')
    throw new Error('createCheckContext: validator is required; pass contractValidator(contract).');
  const profile = input.profile ?? GENERIC_PROFILE;
  if (typeof profile.errorCodeOf !== 'function' || typeof profile.requestSecrets !== 'function')
    throw new Error(
      "createCheckContext: profile must be a VendorProfile (errorCodeOf, requestSecrets, missingCredentials); pass a pack's profile or omit it.",
    );
  const options = { ...DEFAULT_CHECK_OPTIONS, ...input.options };
  if (!(Number.isFinite(options.maxResponseTimeMs) && options.maxResponseTimeMs > 0))
    throw new Error(
      `createCheckContext: options.maxResponseTimeMs must be a positive number of ms, got ${String(options.maxResponseTimeMs)}; pass e.g. 2000.`,
    );
  const secrets = input.secrets ?? [];
  if (!secrets.every((s) => typeof s === 'string'))
    throw new Error('createCheckContext: secrets must be strings; drop undefined entries before passing them.');
  return { contract: input.contract, validator: input.validator, profile, options, secrets };
}
