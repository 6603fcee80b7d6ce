/** The branches of an `anyOf` / `oneOf`, each merged with the keywords beside it (a branch alone would drop them). */
import type { JsonSchema } from '../../../engine/contract/types.ts';
import { omitKeywords, type SchemaBuildContext, type SchemaObject } from '../keywordDefinition.ts';
import { mergeSchemas } from '../mergeSchemas.ts';

export function mergedBranches(schema: SchemaObject, keyword: 'anyOf' | 'oneOf', ctx: SchemaBuildContext): SchemaObject[] {
  const rest = omitKeywords(schema, [keyword]);
  const branches = (schema[keyword] as JsonSchema[]).map((b) => mergeSchemas([rest, b], ctx.options.resolveRef));
  if (branches.length === 0) throw new Error(`fromSchema: \`${keyword}: []\` admits no value; fix the schema.`);
  return branches;
}
