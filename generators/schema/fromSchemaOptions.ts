/**
 * The one options object of `fromSchema`, its documented defaults, and the eager validation
 * that fills them in (fast-check's `buildCompleteXConstraints` idea).
 */
import type * as fc from 'fast-check';
import type { JsonSchema } from '../../engine/contract/types.ts';
import type { KeywordDefinition } from './keywordDefinition.ts';

type StringUnit = 'grapheme-ascii' | 'binary-ascii' | 'binary';

export interface FromSchemaOptions {
  /**
   * Follows a local `$ref` (pass `contract.resolveRef`).
   * @defaultValue a resolver that throws, naming the ref: schemas without `$ref` need none.
   */
  readonly resolveRef?: (ref: string) => JsonSchema;
  /**
   * Nesting depth (objects, arrays, `$ref`s) after which only required properties and
   * `minItems` items are generated, so recursive schemas terminate.
   * @defaultValue 4
   */
  readonly maxDepth?: number;
  /** Upper bound on array lengths when the schema gives no `maxItems`. @defaultValue 5 */
  readonly maxItems?: number;
  /** How far past `minLength` free strings may grow when the schema gives no `maxLength`. @defaultValue 32 */
  readonly maxLength?: number;
  /**
   * Optional object properties: `'sometimes'` (each drawn present or absent, shrinks to absent),
   * `'always'` or `'never'`. @defaultValue 'sometimes'
   */
  readonly optionalProperties?: 'sometimes' | 'always' | 'never';
  /**
   * Extra keys where the schema allows them: `'never'` or `'sometimes'` (0–2 extra keys, never
   * case-insensitively equal to a declared property, because the vendor matches keys that way).
   * @defaultValue 'never'
   */
  readonly additionalProperties?: 'never' | 'sometimes';
  /** Characters of free strings (fast-check `string` unit; each unit is one code point). @defaultValue 'grapheme-ascii' */
  readonly stringUnit?: StringUnit;
  /** Extra or overriding `format` generators, merged over the built-in ones (date-time, date, uuid, uri, email, ipv4, ipv6, hostname). */
  readonly formats?: Readonly<Record<string, fc.Arbitrary<string>>>;
  /**
   * A validator `(schema, value) => boolean`. Needed for `not` and to make `oneOf` exclusive
   * (values matching several branches are filtered out). @defaultValue none: `oneOf` branches are
   * assumed disjoint and `not` throws.
   */
  readonly matches?: (schema: JsonSchema, value: unknown) => boolean;
  /** The ordered keyword definitions. @defaultValue `defaultVocabulary` */
  readonly vocabulary?: readonly KeywordDefinition[];
}

export type CompleteFromSchemaOptions = Required<Omit<FromSchemaOptions, 'matches' | 'formats' | 'vocabulary'>> & {
  readonly matches: FromSchemaOptions['matches'];
  readonly formats: Readonly<Record<string, fc.Arbitrary<string>>>;
  readonly vocabulary: readonly KeywordDefinition[];
};

const noResolver = (ref: string): JsonSchema => {
  throw new Error(`fromSchema: met $ref "${ref}" but no resolveRef was given; pass { resolveRef: contract.resolveRef }.`);
};

function checkCount(name: string, value: unknown, min: number, problems: string[]): void {
  if (value !== undefined && !(Number.isInteger(value) && (value as number) >= min))
    problems.push(`${name} must be an integer >= ${min} (got ${String(value)})`);
}

function checkOneOf(name: string, value: unknown, allowed: readonly string[], problems: string[]): void {
  if (value !== undefined && !allowed.includes(value as string))
    problems.push(`${name} must be one of ${allowed.map((a) => `'${a}'`).join(', ')} (got ${String(value)})`);
}

/** Validates every option at once and fills in defaults; `call` names the caller in errors. */
export function buildCompleteFromSchemaOptions(
  call: string,
  options: FromSchemaOptions | undefined,
  defaults: { readonly vocabulary: readonly KeywordDefinition[]; readonly formats: Readonly<Record<string, fc.Arbitrary<string>>> },
): CompleteFromSchemaOptions {
  const o = options ?? {};
  const problems: string[] = [];
  checkCount('maxDepth', o.maxDepth, 0, problems);
  checkCount('maxItems', o.maxItems, 0, problems);
  checkCount('maxLength', o.maxLength, 0, problems);
  checkOneOf('optionalProperties', o.optionalProperties, ['sometimes', 'always', 'never'], problems);
  checkOneOf('additionalProperties', o.additionalProperties, ['never', 'sometimes'], problems);
  checkOneOf('stringUnit', o.stringUnit, ['grapheme-ascii', 'binary-ascii', 'binary'], problems);
  if (o.resolveRef !== undefined && typeof o.resolveRef !== 'function') problems.push('resolveRef must be a function');
  if (o.matches !== undefined && typeof o.matches !== 'function') problems.push('matches must be a function');
  if (o.vocabulary !== undefined && (!Array.isArray(o.vocabulary) || o.vocabulary.length === 0))
    problems.push('vocabulary must be a non-empty array of keyword definitions');
  if (problems.length > 0)
    throw new Error(`${call}: invalid options: ${problems.join('; ')}. Fix the listed options or omit them to use the defaults.`);
  return {
    resolveRef: o.resolveRef ?? noResolver,
    maxDepth: o.maxDepth ?? 4,
    maxItems: o.maxItems ?? 5,
    maxLength: o.maxLength ?? 32,
    optionalProperties: o.optionalProperties ?? 'sometimes',
    additionalProperties: o.additionalProperties ?? 'never',
    stringUnit: o.stringUnit ?? 'grapheme-ascii',
    // The defaults stay the prototype (not spread) so their lazy getters only run for formats in use.
    formats: Object.assign(Object.create(defaults.formats) as Record<string, fc.Arbitrary<string>>, o.formats ?? {}),
    matches: o.matches,
    vocabulary: o.vocabulary ?? defaults.vocabulary,
  };
}
