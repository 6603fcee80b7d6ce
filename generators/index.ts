/** The public API of generators/ — the only file other modules import from. */
export { fromSchema } from './schema/fromSchema.ts';

export { positiveCase } from './operation/positiveCase.ts';

export { exampleCases } from './operation/exampleCases.ts';
export { genericGenerationContext } from './operation/genericGeneration.ts';

export { negativeCase, applicableRules } from './negative/negativeCase.ts';

export { sampleCases } from './sampleCases.ts';
