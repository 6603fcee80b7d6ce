/**
 * `type: 'object'` with properties/required (fc.record, optional keys per options),
 * `additionalProperties` (false: none; a schema or open: extra keys per options, never
 * case-insensitively equal to a declared key) and `patternProperties` (keys by fc.stringMatching).
 */
import * as fc from 'fast-check';
import type { KeywordDefinition } from '../keywordDefinition.ts';
import type { JsonSchema } from '../../../engine/contract/types.ts';

const objectOnly = ['properties', 'required', 'additionalProperties', 'patternProperties'];

/** 1–2 extra entries; a plain array of pairs is much cheaper than fc.dictionary (a repeated key just overwrites). */
const entries = (key: fc.Arbitrary<string>, value: fc.Arbitrary<unknown>): fc.Arbitrary<Record<string, unknown>> =>
  fc.array(fc.tuple(key, value), { minLength: 1, maxLength: 2 }).map((pairs) => Object.fromEntries(pairs));

export const objectKeywords: KeywordDefinition = {
  name: 'object',
  keywords: ['type', ...objectOnly],
  applies: (schema) => schema.type === 'object' || (schema.type === undefined && objectOnly.some((k) => k in schema)),
  build: (schema, ctx) => {
    const properties = (schema.properties as Record<string, JsonSchema> | undefined) ?? {};
    const required = (schema.required as string[] | undefined) ?? [];
    const extraSchema = (schema.additionalProperties as JsonSchema | undefined) ?? true;
    const mode = ctx.exhausted ? 'never' : ctx.options.optionalProperties;
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [name, s] of Object.entries(properties)) if (mode !== 'never' || required.includes(name)) model[name] = ctx.child(s);
    for (const name of required) {
      if (name in model) continue;
      if (extraSchema === false)
        throw new Error(`fromSchema: "${name}" is required but not declared and additionalProperties is false; fix the schema.`);
      model[name] = ctx.child(extraSchema);
    }
    const requiredKeys = mode === 'always' ? Object.keys(model) : required;
    const declared = fc.record(model, { requiredKeys });
    const declaredLower = new Set(Object.keys(model).map((k) => k.toLowerCase()));
    const patterns = Object.entries((schema.patternProperties as Record<string, JsonSchema> | undefined) ?? {});
    const free = (k: string): boolean => !declaredLower.has(k.toLowerCase()) && k !== '__proto__';
    const extras: Array<fc.Arbitrary<Record<string, unknown>>> = [];
    if (!ctx.exhausted && ctx.options.additionalProperties === 'sometimes') {
      for (const [pattern, s] of patterns) extras.push(entries(fc.stringMatching(new RegExp(pattern, 'u')).filter(free), ctx.child(s)));
      if (extraSchema !== false) {
        const compiled = patterns.map(([p]) => new RegExp(p, 'u'));
        const unmatched = (k: string): boolean => free(k) && compiled.every((re) => !re.test(k));
        extras.push(entries(fc.string({ minLength: 1, maxLength: 12 }).filter(unmatched), ctx.child(extraSchema)));
      }
    }
    if (extras.length === 0) return declared;
    // Extra keys in about one value in three: enough to exercise openness, cheap to generate.
    const sometimes = extras.map((e) => fc.oneof({ arbitrary: fc.constant({}), weight: 2 }, { arbitrary: e, weight: 1 }));
    // Declared keys are spread last so they always win over an extra key of the same name.
    return fc.tuple(declared, ...sometimes).map(([d, ...more]) => Object.assign({}, ...more, d) as Record<string, unknown>);
  },
};
