/**
 * Laws of boundaryValues over a family of constrained schemas: every edge validates exactly when it
 * says it does (Ajv2020 + ajv-formats), every declared bound gets both of its edges, and the same
 * seed gives the same values.
 */
import { test, expect } from '@playwright/test';
import * as fc from 'fast-check';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { JsonSchema } from '../../../engine/contract/types.ts';
import { boundaryValues } from '../../../generators/coverage/boundaryValues.ts';

const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
const addFormats = addFormatsModule.default ?? addFormatsModule;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

const lengths = fc
  .record({ min: fc.option(fc.nat(12), { nil: undefined }), extra: fc.option(fc.nat(12), { nil: undefined }) })
  .map(({ min, extra }) => ({
    ...(min === undefined ? {} : { minLength: min }),
    ...(extra === undefined ? {} : { maxLength: (min ?? 0) + extra }),
  }));
const numeric = fc
  .record({
    type: fc.constantFrom('integer', 'number'),
    lo: fc.option(fc.integer({ min: -50, max: 50 }), { nil: undefined }),
    span: fc.integer({ min: 2, max: 40 }),
    hasHi: fc.boolean(),
    loOpen: fc.boolean(),
    hiOpen: fc.boolean(),
  })
  .map(({ type, lo, span, hasHi, loOpen, hiOpen }) => {
    const hi = (lo ?? 0) + span;
    return {
      type,
      ...(lo === undefined ? {} : loOpen ? { exclusiveMinimum: lo } : { minimum: lo }),
      ...(hasHi ? (hiOpen ? { exclusiveMaximum: hi } : { maximum: hi }) : {}),
    };
  });
const schemas: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  lengths.map((l) => ({ type: 'string', ...l })),
  lengths.map((l) => ({ type: ['string', 'null'], ...l })),
  numeric,
  fc.uniqueArray(fc.oneof(fc.string(), fc.integer(), fc.boolean()), { minLength: 1, maxLength: 5 }).map((e) => ({ enum: e })),
  fc.constant({ type: 'boolean' }),
  fc.constantFrom('uuid', 'date-time', 'date', 'email', 'uri').map((format) => ({ type: 'string', format })),
  fc.constant({ type: 'string', pattern: '^[0-9]{6}$', minLength: 6, maxLength: 6 }),
);

test('law: every boundary value validates against its schema exactly when it says so', () => {
  fc.assert(
    fc.property(schemas, fc.integer(), (schema, seed) => {
      for (const edge of boundaryValues(schema as JsonSchema, { seed }))
        expect(ajv.validate(schema, edge.value), `${JSON.stringify(schema)} ${edge.why} ${JSON.stringify(edge.value)}`).toBe(edge.valid);
    }),
    { numRuns: 300, seed: 11 },
  );
});

test('law: every length and numeric bound has its edge inside and its edge just outside', () => {
  fc.assert(
    fc.property(fc.oneof(lengths.map((l) => ({ type: 'string', ...l }))), fc.integer(), (schema, seed) => {
      const edges = boundaryValues(schema, { seed });
      const lengthsOf = (valid: boolean) => edges.filter((e) => e.valid === valid).map((e) => [...(e.value as string)].length);
      if (schema.minLength !== undefined) expect(lengthsOf(true)).toContain(schema.minLength);
      if (schema.maxLength !== undefined) expect(lengthsOf(true)).toContain(schema.maxLength);
      if (schema.minLength !== undefined && schema.minLength > 0) expect(lengthsOf(false)).toContain(schema.minLength - 1);
      if (schema.maxLength !== undefined) expect(lengthsOf(false)).toContain(schema.maxLength + 1);
    }),
    { numRuns: 200, seed: 12 },
  );
  fc.assert(
    fc.property(numeric, (schema) => {
      const edges = boundaryValues(schema as JsonSchema, { seed: 1 });
      const bounds = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'].filter((k) => k in schema);
      // One edge inside and one just outside per declared bound.
      expect(edges.filter((e) => e.valid)).toHaveLength(bounds.length);
      expect(edges.filter((e) => !e.valid)).toHaveLength(bounds.length);
    }),
    { numRuns: 200, seed: 13 },
  );
});

test('enum edges are the first and the last value, booleans both values, and nothing unconstrained has edges', () => {
  expect(boundaryValues({ enum: ['a', 'b', 'c'] }, { seed: 1 }).map((e) => e.value)).toEqual(['a', 'c']);
  expect(boundaryValues({ type: 'boolean' }, { seed: 1 }).map((e) => e.value)).toEqual([false, true]);
  expect(boundaryValues({ type: 'string' }, { seed: 1 })).toEqual([]);
  expect(boundaryValues({ type: 'object', additionalProperties: { type: 'string' } }, { seed: 1 })).toEqual([]);
});

test('law: the same seed gives the same values; $refs are followed', () => {
  fc.assert(
    fc.property(schemas, fc.integer(), (schema, seed) => {
      expect(boundaryValues(schema as JsonSchema, { seed })).toEqual(boundaryValues(schema as JsonSchema, { seed }));
    }),
    { numRuns: 100, seed: 14 },
  );
  const resolveRef = (): JsonSchema => ({ type: 'integer', minimum: 1, maximum: 5 });
  expect(boundaryValues({ $ref: '#/x' }, { seed: 1, resolveRef }).map((e) => e.value)).toEqual([1, 0, 5, 6]);
});
