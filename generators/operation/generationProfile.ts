/**
 * What generation asks of a vendor: where the credentials go in a positive case, which values the
 * vendor treats specially, and what every positive body must carry. The generic generators draw the
 * rest from the document's schemas; a pack implements this once.
 */
import type * as fc from 'fast-check';
import type { Contract, JsonSchema, OperationSpec, ParameterSpec } from '../../engine/contract/types.ts';
import type { GenerationContext } from './generationContext.ts';
import type { NegativeRule } from '../negative/negativeRule.ts';

/** Credentials as they travel in one request. */
interface CredentialPlacement {
  readonly query: ReadonlyArray<readonly [string, string]>;
  readonly headers: Readonly<Record<string, string>>;
}

export interface GenerationProfile<C> {
  /** Every negative rule, generic and the vendor's, in the order cases draw from them. */
  readonly negativeRules: readonly NegativeRule<C>[];
  /** The vendor matches path and parameter names case-insensitively, so positive cases vary their case. */
  readonly caseInsensitiveNames: boolean;
  /** Query parameters filled from the credentials, never drawn from their schemas. */
  credentialParameters(contract: Contract): readonly string[];
  /** A header that overrides a query parameter when both are sent (a token's header form), if any. */
  headerOverriding(parameterName: string, contract: Contract): string | undefined;
  /** The credentials of a positive case; `named` varies a parameter name as the vendor allows. */
  positiveCredentials(ctx: GenerationContext<C>, named: (name: string) => fc.Arbitrary<string>): fc.Arbitrary<CredentialPlacement>;
  /** The credentials of a document example made sendable (no variation). */
  exampleCredentials(ctx: GenerationContext<C>): CredentialPlacement;
  /** The vendor's positive values for a query parameter, or undefined to draw them from its schema. */
  positiveParameterValue(param: ParameterSpec, schema: JsonSchema): fc.Arbitrary<string> | undefined;
  /** Per body property, JSON types the vendor coerces into the declared one (a number read as a code's text). */
  readonly coercedBodyTypes: Readonly<Record<string, readonly string[]>>;
  /** Body keys the vendor reads as credentials: a drawn body never carries them. */
  readonly reservedBodyKeys: readonly string[];
  /** Fields set on every positive body after drawing (a fresh one-time code, ignored optional fields). */
  positiveBodyFields(op: OperationSpec, ctx: GenerationContext<C>): fc.Arbitrary<Readonly<Record<string, unknown>>>;
  /** Fields set on every document example's body (credentials the example only shows as placeholders). */
  exampleBodyFields(op: OperationSpec, ctx: GenerationContext<C>): Readonly<Record<string, unknown>>;
}
