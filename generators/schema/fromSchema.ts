/**
 * JSON Schema (2020-12, as OpenAPI 3.1 uses) → fast-check arbitrary, by pure composition of
 * fast-check combinators (record, oneof, map, …) so shrinking works everywhere.
 *
 * Why our own dispatcher rather than `json-schema-fast-check` (npm, 0.0.6, pre-release; evaluated
 * from its documentation, not installed): it takes a bare schema, so it has no hook to resolve `$ref`
 * against our loaded OpenAPI document (`contract.resolveRef`); it documents no support for 2020-12
 * forms our document uses (type arrays such as `['string','null']`, numeric `exclusiveMinimum`,
 * `prefixItems`); and it offers none of the controls positive/negative generation needs (optional
 * properties, extra keys that never collide case-insensitively with declared ones, depth, string
 * alphabet). Ours is a small ajv-style vocabulary (an ordered array of keyword-family definitions,
 * see defaultVocabulary.ts) that callers can extend through `options.vocabulary`.
 * `pattern` uses fc.stringMatching, which constructs matching strings: generate-and-filter against
 * a regex starves on tight patterns (cf. Schemathesis' filter_too_much health-check failures).
 *
 * Unknown keywords are an error (naming the keyword) rather than silently ignored, so a value
 * we generate always satisfies the schema it came from.
 */
import type * as fc from 'fast-check';
import type { JsonSchema } from '../../engine/contract/types.ts';
import { annotationKeywords } from './annotationKeywords.ts';
import { defaultFormats } from './defaultFormats.ts';
import { defaultVocabulary } from './defaultVocabulary.ts';
import { buildCompleteFromSchemaOptions, type CompleteFromSchemaOptions, type FromSchemaOptions } from './fromSchemaOptions.ts';
import type { SchemaBuildContext, SchemaObject } from './keywordDefinition.ts';

/** Hard stop for recursion that `maxDepth` cannot end (a required property that refers to itself). */
const RECURSION_LIMIT = 64;

function build(schema: JsonSchema, options: CompleteFromSchemaOptions, known: ReadonlySet<string>, depth: number): fc.Arbitrary<unknown> {
  if (depth > RECURSION_LIMIT)
    throw new Error(
      `fromSchema: schema nests deeper than ${RECURSION_LIMIT} levels even with only required properties; a required property refers to itself. Make the recursion optional.`,
    );
  if (schema === false) throw new Error('fromSchema: the schema `false` admits no value; there is nothing to generate.');
  const object: SchemaObject = schema === true ? {} : schema;
  if (typeof object !== 'object' || object === null || Array.isArray(object))
    throw new Error(`fromSchema: a schema must be an object or a boolean (got ${JSON.stringify(object)}).`);
  const unknown = Object.keys(object).filter((k) => !known.has(k) && !annotationKeywords.has(k) && !k.startsWith('x-'));
  if (unknown.length > 0)
    throw new Error(
      `fromSchema: unsupported keyword(s) ${unknown.map((k) => `"${k}"`).join(', ')}; remove them or add a KeywordDefinition via options.vocabulary.`,
    );
  const ctx: SchemaBuildContext = {
    options,
    depth,
    exhausted: depth > options.maxDepth,
    child: (s) => build(s, options, known, depth + 1),
    same: (s) => build(s, options, known, depth),
  };
  const definition = options.vocabulary.find((d) => d.applies(object));
  if (definition === undefined)
    throw new Error(`fromSchema: no keyword definition applies to ${JSON.stringify(object)}; add one via options.vocabulary.`);
  return definition.build(object, ctx);
}

/** An arbitrary of JSON values valid against `schema`. Options are validated at once (see FromSchemaOptions). */
export function fromSchema(schema: JsonSchema, options?: FromSchemaOptions): fc.Arbitrary<unknown> {
  const complete = buildCompleteFromSchemaOptions('fromSchema', options, { vocabulary: defaultVocabulary, formats: defaultFormats });
  const known = new Set(complete.vocabulary.flatMap((d) => d.keywords));
  return build(schema, complete, known, 0);
}
