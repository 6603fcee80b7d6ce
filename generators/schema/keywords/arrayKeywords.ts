/**
 * `type: 'array'` with `prefixItems`, `items`, minItems/maxItems (capped by options.maxItems)
 * and uniqueItems (compared by JSON text, which is how our generated objects compare).
 */
import * as fc from 'fast-check';
import type { KeywordDefinition } from '../keywordDefinition.ts';
import type { JsonSchema } from '../../../engine/contract/types.ts';

const arrayOnly = ['items', 'prefixItems', 'minItems', 'maxItems', 'uniqueItems'];

export const arrayKeywords: KeywordDefinition = {
  name: 'array',
  keywords: ['type', ...arrayOnly],
  applies: (schema) => schema.type === 'array' || (schema.type === undefined && arrayOnly.some((k) => k in schema)),
  build: (schema, ctx) => {
    const prefix = ((schema.prefixItems as JsonSchema[] | undefined) ?? []).map((s) => ctx.child(s));
    const minItems = (schema.minItems as number | undefined) ?? 0;
    const schemaMax = schema.maxItems as number | undefined;
    const cap = ctx.exhausted ? minItems : Math.max(minItems, Math.min(schemaMax ?? Number.MAX_SAFE_INTEGER, ctx.options.maxItems));
    const items = schema.items === false ? undefined : ctx.child((schema.items as JsonSchema | undefined) ?? true);
    const restMin = Math.max(0, minItems - prefix.length);
    const restMax = items === undefined ? 0 : Math.max(restMin, cap - prefix.length);
    if (restMin > restMax) throw new Error(`fromSchema: minItems ${minItems} cannot be met with items: false; fix the schema.`);
    const rest =
      items === undefined
        ? fc.constant([] as unknown[])
        : schema.uniqueItems === true
          ? fc.uniqueArray(items, { minLength: restMin, maxLength: restMax, selector: (v) => JSON.stringify(v) })
          : fc.array(items, { minLength: restMin, maxLength: restMax });
    const all = fc.tuple(fc.tuple(...prefix), rest).map(([head, tail]) => [...head, ...tail]);
    // Prefix items may equal tail items; only then is a uniqueness filter needed.
    return schema.uniqueItems === true && prefix.length > 0
      ? all.filter((a) => new Set(a.map((v) => JSON.stringify(v))).size === a.length)
      : all;
  },
};
