/**
 * Laws of fromSchema, one block per keyword family: every generated value validates against the
 * source schema with Ajv2020 + ajv-formats; options are validated eagerly; same seed → same values.
 */
import { test, expect } from '@playwright/test';
import * as fc from 'fast-check';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { fromSchema } from '../../../generators/schema/fromSchema.ts';
import type { JsonSchema } from '../../../engine/contract/types.ts';

const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
const addFormats = addFormatsModule.default ?? addFormatsModule;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

const defs: Record<string, JsonSchema> = {
  Name: { type: 'string', minLength: 1, maxLength: 8 },
  Node: {
    type: 'object',
    required: ['id'],
    properties: { id: { type: 'integer' }, next: { $ref: '#/$defs/Node' } },
    additionalProperties: false,
  },
};
const resolveRef = (ref: string): JsonSchema => {
  const s = defs[ref.replace('#/$defs/', '')];
  if (s === undefined) throw new Error(`unknown ${ref}`);
  return s;
};
const matches = (schema: JsonSchema, value: unknown): boolean => ajv.validate(schema, value) as boolean;

const families: Record<string, JsonSchema[]> = {
  type: [{ type: 'null' }, { type: 'boolean' }, { type: ['string', 'null'] }, { type: ['integer', 'boolean', 'null'] }, true, {}],
  'const/enum': [{ const: 'x' }, { enum: ['a', 1, null, { b: true }] }, { type: 'string', enum: ['true', 'false'] }],
  string: [
    { type: 'string' },
    { type: 'string', minLength: 3, maxLength: 5 },
    { type: 'string', minLength: 40 },
    { type: 'string', pattern: '^[0-9]{6}$' },
    { type: 'string', pattern: '^[a-f0-9]{32}$' },
    { type: 'string', pattern: 'ab+c', maxLength: 20 },
  ],
  format: [
    { type: 'string', format: 'date-time' },
    { type: 'string', format: 'uuid' },
    { type: 'string', format: 'uri' },
    { type: 'string', format: 'email' },
    { type: 'string', format: 'date' },
    { type: 'string', format: 'ipv4' },
    { type: 'string', format: 'ipv6' },
    { type: 'string', format: 'hostname' },
  ],
  number: [
    { type: 'integer' },
    { type: 'integer', minimum: 10, maximum: 12 },
    { type: 'integer', exclusiveMinimum: 0, exclusiveMaximum: 3 },
    { type: 'number', minimum: -1.5, maximum: 2.25 },
    { type: 'number', exclusiveMinimum: 0 },
    { type: 'integer', multipleOf: 5, minimum: 1 },
    { type: 'number', multipleOf: 0.25, maximum: 3 },
    { type: 'number' },
  ],
  array: [
    { type: 'array', items: { type: 'integer' } },
    { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 3 },
    { type: 'array', items: { type: 'integer', minimum: 0, maximum: 3 }, uniqueItems: true, maxItems: 4 },
    { type: 'array', prefixItems: [{ type: 'string' }, { type: 'boolean' }], items: false },
  ],
  object: [
    {
      type: 'object',
      required: ['otp'],
      properties: { otp: { type: 'string' }, securityanswer: { type: 'object', additionalProperties: { type: 'string' } } },
    },
    { type: 'object', properties: { a: { type: 'integer' } }, additionalProperties: false },
    { type: 'object', required: ['a', 'b'], properties: { a: { type: 'integer' } }, additionalProperties: { type: 'string' } },
    { type: 'object', patternProperties: { '^x-[a-z]{1,4}$': { type: 'boolean' } }, additionalProperties: false },
  ],
  combinators: [
    { oneOf: [{ type: 'string' }, { type: 'integer' }] },
    {
      oneOf: [
        { type: 'string', maxLength: 5 },
        { type: 'string', minLength: 3, maxLength: 9 },
      ],
    }, // overlapping: needs `matches`
    { anyOf: [{ type: 'string', maxLength: 2 }, { type: 'null' }] },
    {
      allOf: [
        { type: 'object', required: ['a'], properties: { a: { type: 'integer', minimum: 0 } } },
        { required: ['b'], properties: { b: { $ref: '#/$defs/Name' }, a: { maximum: 9 } } },
      ],
    },
    { type: 'integer', minimum: 0, maximum: 20, not: { enum: [3, 4] } },
  ],
  ref: [{ $ref: '#/$defs/Name' }, { $ref: '#/$defs/Node' }, { $ref: '#/$defs/Name', maxLength: 3 }],
};

const schemaWithDefs = (s: JsonSchema): JsonSchema => (typeof s === 'boolean' ? s : { ...s, $defs: defs });

for (const [family, schemas] of Object.entries(families)) {
  test(`every value generated for the ${family} family validates against its schema`, () => {
    for (const schema of schemas) {
      const validate = ajv.compile(schemaWithDefs(schema) as object);
      for (const additionalProperties of ['never', 'sometimes'] as const) {
        const arb = fromSchema(schema, { resolveRef, matches, additionalProperties });
        fc.assert(
          fc.property(arb, (value) => {
            if (!validate(value))
              throw new Error(`${JSON.stringify(schema)} produced ${JSON.stringify(value)}: ${ajv.errorsText(validate.errors)}`);
          }),
          { numRuns: 150, seed: 42 },
        );
      }
    }
  });
}

test('optional properties follow the optionalProperties option', () => {
  const schema: JsonSchema = { type: 'object', required: ['r'], properties: { r: { type: 'boolean' }, o: { type: 'boolean' } } };
  const always = fc.sample(fromSchema(schema, { optionalProperties: 'always' }), { numRuns: 50, seed: 1 });
  const never = fc.sample(fromSchema(schema, { optionalProperties: 'never' }), { numRuns: 50, seed: 1 });
  const sometimes = fc.sample(fromSchema(schema), { numRuns: 200, seed: 1 });
  expect(always.every((v) => 'o' in (v as object))).toBe(true);
  expect(never.every((v) => !('o' in (v as object)) && 'r' in (v as object))).toBe(true);
  expect(sometimes.some((v) => 'o' in (v as object))).toBe(true);
  expect(sometimes.some((v) => !('o' in (v as object)))).toBe(true);
});

test('extra keys never collide case-insensitively with declared properties', () => {
  const schema: JsonSchema = { type: 'object', properties: { otp: { type: 'string' }, a: { type: 'string' } } };
  fc.assert(
    fc.property(fromSchema(schema, { additionalProperties: 'sometimes' }), (v) => {
      const lower = Object.keys(v as object).map((k) => k.toLowerCase());
      expect(new Set(lower).size).toBe(lower.length);
    }),
    { numRuns: 300, seed: 3 },
  );
});

test('maxDepth stops recursive $refs and the same seed gives the same values', () => {
  const arb = fromSchema({ $ref: '#/$defs/Node' }, { resolveRef, maxDepth: 2, optionalProperties: 'always' });
  const depthOf = (n: unknown): number => (n && typeof n === 'object' && 'next' in n ? 1 + depthOf((n as { next: unknown }).next) : 0);
  const values = fc.sample(arb, { numRuns: 30, seed: 9 });
  expect(Math.max(...values.map(depthOf))).toBeLessThanOrEqual(3);
  expect(fc.sample(arb, { numRuns: 30, seed: 9 })).toEqual(values);
});

test('bad options and unsupported schemas fail at once with errors naming the call and the fix', () => {
  expect(() => fromSchema({ type: 'string' }, { maxDepth: -1, stringUnit: 'emoji' as never })).toThrow(
    /fromSchema: invalid options: maxDepth .*; stringUnit .*Fix/,
  );
  expect(() => fromSchema({ $ref: '#/x' })).toThrow(/no resolveRef was given; pass \{ resolveRef: contract.resolveRef \}/);
  expect(() => fromSchema({ type: 'object', if: {} })).toThrow(/unsupported keyword\(s\) "if"/);
  expect(() => fromSchema({ type: 'string', format: 'color' })).toThrow(/no generator for format "color"; pass options.formats/);
  expect(() => fromSchema({ not: { type: 'string' } })).toThrow(/`not` needs a validator; pass options.matches/);
  expect(() => fromSchema(false)).toThrow(/admits no value/);
});
