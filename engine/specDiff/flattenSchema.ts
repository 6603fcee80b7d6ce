/**
 * One schema as the rules see it: `$ref` followed, `allOf` members merged (properties, required,
 * keywords; the schema's own keywords win), and `type` read as a set (3.0 `nullable` adds 'null').
 * A `$ref` or `allOf` that leads back to a schema already being flattened contributes nothing,
 * so cycles end instead of recursing.
 */
import { isRecord } from './isRecord.ts';
import { child, lookupPointer } from './jsonPointer.ts';
import { SpecDiffError } from './SpecDiffError.ts';
import type { SpecSource } from './SpecSource.ts';

interface PropertyRef {
  readonly schema: unknown;
  readonly at: string;
}

export interface FlatSchema {
  /** Pointer of the schema (the `$ref` target when one was followed). */
  readonly at: string;
  /** Every keyword but properties, required, allOf and $ref. */
  readonly keywords: Readonly<Record<string, unknown>>;
  readonly properties: ReadonlyMap<string, PropertyRef>;
  readonly required: ReadonlySet<string>;
  /** Allowed JSON types; undefined when the schema does not restrict the type. */
  readonly types: ReadonlySet<string> | undefined;
}

const STRUCTURAL = new Set(['properties', 'required', 'allOf', '$ref']);

export function flattenSchema(source: SpecSource, raw: unknown, at: string, seen: ReadonlySet<string> = new Set()): FlatSchema {
  const keywords: Record<string, unknown> = {};
  const properties = new Map<string, PropertyRef>();
  const required = new Set<string>();
  const absorb = (part: FlatSchema, own: boolean) => {
    for (const [k, v] of Object.entries(part.keywords)) if (own || !(k in keywords)) keywords[k] = v;
    for (const [k, v] of part.properties) if (own || !properties.has(k)) properties.set(k, v);
    for (const r of part.required) required.add(r);
  };
  let location = at;
  if (isRecord(raw)) {
    const ref = raw.$ref;
    if (typeof ref === 'string' && !seen.has(ref)) {
      const target = lookupPointer(source.document, ref);
      if (target === undefined) {
        throw new SpecDiffError({
          source: source.label,
          where: at,
          problem: `$ref '${ref}' does not resolve`,
          fix: 'correct the $ref or add the missing component',
        });
      }
      absorb(flattenSchema(source, target, ref, new Set([...seen, ref])), false);
      if (Object.keys(raw).every((k) => k === '$ref')) location = ref;
    }
    if (Array.isArray(raw.allOf)) {
      raw.allOf.forEach((member, i) => {
        absorb(flattenSchema(source, member, child(at, 'allOf', i), seen), false);
      });
    }
    absorb(ownPart(raw, at), true);
  }
  return { at: location, keywords, properties, required, types: typesOf(keywords) };
}

function ownPart(raw: Record<string, unknown>, at: string): FlatSchema {
  const keywords = Object.fromEntries(Object.entries(raw).filter(([k]) => !STRUCTURAL.has(k)));
  const properties = new Map<string, PropertyRef>();
  if (isRecord(raw.properties)) {
    for (const [name, schema] of Object.entries(raw.properties)) properties.set(name, { schema, at: child(at, 'properties', name) });
  }
  const required = new Set(Array.isArray(raw.required) ? raw.required.map(String) : []);
  return { at, keywords, properties, required, types: undefined };
}

function typesOf(keywords: Record<string, unknown>): ReadonlySet<string> | undefined {
  const type = keywords.type;
  const list = typeof type === 'string' ? [type] : Array.isArray(type) ? type.map(String) : undefined;
  if (list === undefined) return undefined;
  if (keywords.nullable === true) list.push('null');
  return new Set(list);
}
