/**
 * Merges the members of an `allOf` into one schema so it can be generated directly
 * (generate-then-filter would reject almost everything). Covers what request/response
 * schemas combine in practice; anything it cannot intersect is an error naming the keyword.
 */
import type { JsonSchema } from '../../engine/contract/types.ts';
import type { SchemaObject } from './keywordDefinition.ts';
import { annotationKeywords } from './annotationKeywords.ts';

const takeMax = new Set(['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties']);
const takeMin = new Set(['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties']);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function typesOf(t: unknown): string[] {
  return Array.isArray(t) ? t.map(String) : [String(t)];
}

function intersectTypes(a: unknown, b: unknown): unknown {
  const bs = typesOf(b);
  const out = typesOf(a).flatMap((t) => {
    if (bs.includes(t)) return [t];
    if (t === 'number' && bs.includes('integer')) return ['integer'];
    if (t === 'integer' && bs.includes('number')) return ['integer'];
    return [];
  });
  if (out.length === 0)
    throw new Error(
      `fromSchema: allOf requires types ${JSON.stringify(a)} and ${JSON.stringify(b)} at once, which no value has; fix the schema.`,
    );
  return out.length === 1 ? out[0] : out;
}

/** Follows top-level `$ref`s and flattens nested `allOf`s into a list of plain schema objects. */
function flatten(schema: JsonSchema, resolveRef: (ref: string) => JsonSchema, seen: number): SchemaObject[] {
  if (seen > 32) throw new Error('fromSchema: allOf/$ref chain deeper than 32; is the schema recursive through allOf?');
  if (schema === true) return [];
  if (schema === false) throw new Error('fromSchema: allOf contains `false`, which no value satisfies; fix the schema.');
  const { $ref, allOf, ...rest } = schema as SchemaObject & { $ref?: unknown; allOf?: unknown };
  const parts: SchemaObject[] = [rest];
  if (typeof $ref === 'string') parts.push(...flatten(resolveRef($ref), resolveRef, seen + 1));
  if (Array.isArray(allOf)) for (const s of allOf) parts.push(...flatten(s as JsonSchema, resolveRef, seen + 1));
  return parts;
}

function mergeTwo(a: SchemaObject, b: SchemaObject, resolveRef: (ref: string) => JsonSchema): SchemaObject {
  const out: Record<string, unknown> = { ...a };
  for (const [k, vb] of Object.entries(b)) {
    const va = out[k];
    if (va === undefined) {
      out[k] = vb;
      continue;
    }
    if (annotationKeywords.has(k) || k.startsWith('x-')) continue; // annotations: the first member's wins
    if (k === 'type') out[k] = intersectTypes(va, vb);
    else if (k === 'required') out[k] = [...new Set([...(va as string[]), ...(vb as string[])])];
    else if (takeMax.has(k)) out[k] = Math.max(va as number, vb as number);
    else if (takeMin.has(k)) out[k] = Math.min(va as number, vb as number);
    else if (k === 'enum') out[k] = (va as unknown[]).filter((x) => (vb as unknown[]).some((y) => same(x, y)));
    else if (k === 'properties') {
      const props: Record<string, unknown> = { ...(va as object) };
      for (const [p, s] of Object.entries(vb as object))
        props[p] = p in props ? mergeSchemas([props[p] as JsonSchema, s as JsonSchema], resolveRef) : s;
      out[k] = props;
    } else if (k === 'additionalProperties' || k === 'items') {
      out[k] = va === false || vb === false ? false : mergeSchemas([va as JsonSchema, vb as JsonSchema], resolveRef);
    } else if (!same(va, vb)) {
      throw new Error(
        `fromSchema: cannot merge two different "${k}" values in allOf (${JSON.stringify(va)} vs ${JSON.stringify(vb)}); rewrite the schema so one member owns "${k}".`,
      );
    }
  }
  return out;
}

/** One schema equivalent to `allOf: schemas` (for the keywords above). */
export function mergeSchemas(schemas: readonly JsonSchema[], resolveRef: (ref: string) => JsonSchema): SchemaObject {
  const parts = schemas.flatMap((s) => flatten(s, resolveRef, 0));
  return parts.reduce<SchemaObject>((acc, s) => mergeTwo(acc, s, resolveRef), {});
}
