/**
 * The generation profile of an API with no vendor conventions: no credentials, booleans as
 * `true`/`false`, bodies exactly as their schemas say, the generic negative rules. The default for
 * a document no pack describes (and the proof that the generators need no vendor).
 */
import * as fc from 'fast-check';
import { genericNegativeRules } from '../negative/negativeRules.ts';
import type { GenerationContext } from './generationContext.ts';
import type { GenerationProfile } from './generationProfile.ts';

const genericGeneration: GenerationProfile<undefined> = {
  negativeRules: genericNegativeRules,
  caseInsensitiveNames: false,
  credentialParameters: () => [],
  headerOverriding: () => undefined,
  positiveCredentials: () => fc.constant({ query: [], headers: {} }),
  exampleCredentials: () => ({ query: [], headers: {} }),
  positiveParameterValue: () => undefined,
  coercedBodyTypes: {},
  reservedBodyKeys: [],
  positiveBodyFields: () => fc.constant({}),
  exampleBodyFields: () => ({}),
};

export function genericGenerationContext(
  contract: GenerationContext['contract'],
  clock: () => number = Date.now,
): GenerationContext<undefined> {
  return { contract, credentials: undefined, clock, profile: genericGeneration };
}
