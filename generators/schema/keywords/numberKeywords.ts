/**
 * `type: 'integer' | 'number'` with minimum/maximum, exclusiveMinimum/exclusiveMaximum (2020-12
 * numeric form) and multipleOf. Integers are built from fc.integer, multiples as k * multipleOf.
 */
import * as fc from 'fast-check';
import type { KeywordDefinition, SchemaObject } from '../keywordDefinition.ts';

const numericKeywords = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'];
const INT32 = 2 ** 31 - 1;

interface Bounds {
  lo?: number;
  hi?: number;
  loOpen: boolean;
  hiOpen: boolean;
}

function boundsOf(schema: SchemaObject): Bounds {
  const b: Bounds = { loOpen: false, hiOpen: false };
  const min = schema.minimum as number | undefined,
    xmin = schema.exclusiveMinimum as number | undefined;
  const max = schema.maximum as number | undefined,
    xmax = schema.exclusiveMaximum as number | undefined;
  if (min !== undefined) b.lo = min;
  if (xmin !== undefined && (b.lo === undefined || xmin >= b.lo)) {
    b.lo = xmin;
    b.loOpen = true;
  }
  if (max !== undefined) b.hi = max;
  if (xmax !== undefined && (b.hi === undefined || xmax <= b.hi)) {
    b.hi = xmax;
    b.hiOpen = true;
  }
  return b;
}

/** Integer range [lo, hi] inside the safe integers; a one-sided bound gets an int32-wide window. */
function integerRange(b: Bounds, step: number): { min: number; max: number } {
  let lo = b.lo === undefined ? undefined : b.loOpen ? Math.floor(b.lo / step) + 1 : Math.ceil(b.lo / step);
  let hi = b.hi === undefined ? undefined : b.hiOpen ? Math.ceil(b.hi / step) - 1 : Math.floor(b.hi / step);
  if (lo === undefined && hi === undefined) {
    lo = -INT32;
    hi = INT32;
  } else if (lo === undefined) lo = Math.max(Number.MIN_SAFE_INTEGER, hi! - INT32);
  else if (hi === undefined) hi = Math.min(Number.MAX_SAFE_INTEGER, lo + INT32);
  if (lo > hi!) throw new Error(`fromSchema: numeric bounds admit no value (${JSON.stringify(b)}); fix the schema.`);
  return { min: lo, max: hi! };
}

export const numberKeywords: KeywordDefinition = {
  name: 'number',
  keywords: ['type', ...numericKeywords],
  applies: (schema) =>
    schema.type === 'integer' || schema.type === 'number' || (schema.type === undefined && numericKeywords.some((k) => k in schema)),
  build: (schema) => {
    const b = boundsOf(schema);
    const m = schema.multipleOf as number | undefined;
    if (schema.type === 'integer' || (m !== undefined && Number.isInteger(m))) {
      const step = m ?? 1;
      return fc.integer(integerRange(b, step)).map((k) => k * step);
    }
    if (m !== undefined) {
      // ajv checks multipleOf as Number.isInteger(v / m); keep only values that pass that exact test.
      return fc
        .integer(integerRange(b, m))
        .map((k) => k * m)
        .filter((v) => Number.isInteger(v / m));
    }
    return fc.double({
      noNaN: true,
      noDefaultInfinity: true,
      ...(b.lo !== undefined ? { min: b.lo, minExcluded: b.loOpen } : {}),
      ...(b.hi !== undefined ? { max: b.hi, maxExcluded: b.hiOpen } : {}),
    });
  },
};
