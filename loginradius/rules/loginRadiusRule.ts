/** A negative rule of this pack: it reads the LoginRadius test account's credentials. */
import type { NegativeRule } from '../../generators/negative/negativeRule.ts';
import type { GenerationContext } from '../../generators/operation/generationContext.ts';
import type { TargetCredentials } from '../credentials/credentials.ts';

export type LoginRadiusRule = NegativeRule<TargetCredentials>;
export type LoginRadiusGenerationContext = GenerationContext<TargetCredentials>;
