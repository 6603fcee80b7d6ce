/**
 * Options of the diff engine: one typed object, documented defaults, validated at once.
 * The marker names are options so the engine knows no document's vocabulary.
 */
import { SpecDiffError } from './SpecDiffError.ts';

export interface SpecDiffOptions {
  /** Extension listing the error codes a response documents. Default `x-error-codes`. */
  readonly errorCodesKey: string;
  /** Boolean extension marking values that must be redacted. Default `x-secret`. */
  readonly secretKey: string;
  /** Extensions recording open questions or decisions about the contract. Default `x-ambiguity`, `x-decisions`. */
  readonly ambiguityKeys: readonly string[];
  /** Nesting limit of the schema walk, a guard beside cycle detection. Default 64. */
  readonly maxDepth: number;
}

export const DEFAULT_SPEC_DIFF_OPTIONS: SpecDiffOptions = Object.freeze({
  errorCodesKey: 'x-error-codes',
  secretKey: 'x-secret',
  ambiguityKeys: Object.freeze(['x-ambiguity', 'x-decisions']),
  maxDepth: 64,
});

const isExtension = (v: unknown): v is string => typeof v === 'string' && /^x-[\w.-]+$/.test(v);

/** Merges `input` over the defaults; every problem is reported in one error. */
export function resolveSpecDiffOptions(input: Partial<SpecDiffOptions> = {}): SpecDiffOptions {
  const merged = { ...DEFAULT_SPEC_DIFF_OPTIONS, ...input };
  const problems: string[] = [];
  if (!isExtension(merged.errorCodesKey)) problems.push('errorCodesKey must be an x- extension name');
  if (!isExtension(merged.secretKey)) problems.push('secretKey must be an x- extension name');
  if (!Array.isArray(merged.ambiguityKeys) || !merged.ambiguityKeys.every(isExtension))
    problems.push('ambiguityKeys must be a list of x- extension names');
  if (!Number.isInteger(merged.maxDepth) || merged.maxDepth < 1 || merged.maxDepth > 1000)
    problems.push('maxDepth must be an integer from 1 to 1000');
  if (problems.length > 0) throw new SpecDiffError({ source: 'options', problem: problems.join('; '), fix: 'correct the diff options' });
  return Object.freeze({ ...merged, ambiguityKeys: Object.freeze([...merged.ambiguityKeys]) });
}
