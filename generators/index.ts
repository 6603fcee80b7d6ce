/** The public API of generators/ — the only file other modules import from. */
export { fromSchema } from './schema/fromSchema.ts';

export { positiveCase } from './operation/positiveCase.ts';

export { exampleCases } from './operation/exampleCases.ts';
export { genericGenerationContext } from './operation/genericGeneration.ts';

export { negativeCase, applicableRules } from './negative/negativeCase.ts';

export { sampleCases } from './sampleCases.ts';

export { coverageCases, type CoverageContexts } from './coverage/coverageCases.ts';
export type { CoverageItem } from './coverage/coverageItem.ts';
export { interleaveCoverage } from './coverage/interleaveCoverage.ts';
export { capCoverage } from './coverage/capCoverage.ts';
