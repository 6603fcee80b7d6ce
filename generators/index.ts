/** The public API of generators/ — the only file other modules import from. */
export { fromSchema } from './schema/fromSchema.ts';
export type { FromSchemaOptions, StringUnit } from './schema/fromSchemaOptions.ts';
export type { KeywordDefinition, SchemaBuildContext, SchemaObject } from './schema/keywordDefinition.ts';
export { defaultVocabulary } from './schema/defaultVocabulary.ts';
export { defaultFormats } from './schema/defaultFormats.ts';
export { mergeSchemas } from './schema/mergeSchemas.ts';

export type { GenerationContext } from './operation/generationContext.ts';
export type { CredentialPlacement, GenerationProfile } from './operation/generationProfile.ts';
export { positiveCase, type PositiveCaseOptions } from './operation/positiveCase.ts';
export { oddlyCased } from './operation/oddlyCased.ts';
export { exampleCases } from './operation/exampleCases.ts';
export { genericGeneration, genericGenerationContext } from './operation/genericGeneration.ts';

export { negativeCase, applicableRules, type NegativeCaseOptions } from './negative/negativeCase.ts';
export { genericNegativeRules, schemaRules, httpRules, sizeRules } from './negative/negativeRules.ts';
export type { NegativeRule, Mutation, RuleFamily } from './negative/negativeRule.ts';

export { sampleCases, type SampleCasesOptions } from './sampleCases.ts';
