/**
 * One keyword family of the JSON Schema → arbitrary dispatcher, in ajv's "vocabulary" shape:
 * a small definition object; a vocabulary is an ordered array of them and the first one whose
 * `applies` holds builds the arbitrary.
 */
import type * as fc from 'fast-check';
import type { JsonSchema } from '../../engine/contract/types.ts';
import type { CompleteFromSchemaOptions } from './fromSchemaOptions.ts';

export type SchemaObject = { readonly [keyword: string]: unknown };

export interface SchemaBuildContext {
  readonly options: CompleteFromSchemaOptions;
  /** Nesting depth of the schema being built (0 at the root). */
  readonly depth: number;
  /** True once `depth` passed `options.maxDepth`: build the smallest valid values only. */
  readonly exhausted: boolean;
  /** Builds a nested schema (a property, an item, a `$ref` target): one level deeper. */
  child(schema: JsonSchema): fc.Arbitrary<unknown>;
  /** Builds a rewritten form of the current schema (a merged `allOf`, one `type` of many): same depth. */
  same(schema: JsonSchema): fc.Arbitrary<unknown>;
}

export interface KeywordDefinition {
  /** Family name, used in errors. */
  readonly name: string;
  /** The keywords this family understands; any other non-annotation keyword is an error. */
  readonly keywords: readonly string[];
  readonly applies: (schema: SchemaObject) => boolean;
  readonly build: (schema: SchemaObject, ctx: SchemaBuildContext) => fc.Arbitrary<unknown>;
}

/** `schema` without the listed keywords (to hand the rest of a schema to another family). */
export function omitKeywords(schema: SchemaObject, keywords: readonly string[]): SchemaObject {
  const rest: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) if (!keywords.includes(k)) rest[k] = v;
  return rest;
}

/** True when the schema says nothing that constrains values (only annotations left). */
export function isUnconstrained(schema: SchemaObject, annotations: ReadonlySet<string>): boolean {
  return Object.keys(schema).every((k) => annotations.has(k) || k.startsWith('x-'));
}
