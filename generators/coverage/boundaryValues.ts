/**
 * The edges of one constrained schema: values just inside each bound (exactly minLength and
 * maxLength long, the minimum and the maximum, the first and last enum value, both booleans, a value
 * of the format) and values just outside the length and numeric bounds. Inside values are drawn from
 * the schema with the bound pinned (fromSchema at a fixed seed), so they meet its other keywords too;
 * outside values are what the out-of-range rule sends, at the edge instead of anywhere past it.
 */
import * as fc from 'fast-check';
import type { JsonSchema } from '../../engine/contract/types.ts';
import { fromSchema } from '../schema/fromSchema.ts';
import type { SchemaObject } from '../schema/keywordDefinition.ts';

export interface BoundaryValue {
  readonly value: unknown;
  /** True when the value satisfies the schema (an edge inside it), false just outside it. */
  readonly valid: boolean;
  /** Which edge, e.g. "length 20 = maxLength". */
  readonly why: string;
}

export interface BoundaryValuesOptions {
  /** Seed of the draws that pin a bound (same seed, same values). */
  readonly seed: number;
  /** Follows a `$ref` inside the schema. @defaultValue none: schemas with `$ref` are drawn without */
  readonly resolveRef?: (ref: string) => JsonSchema;
}

const num = (s: SchemaObject, k: string): number | undefined => (typeof s[k] === 'number' ? (s[k] as number) : undefined);

function typesOf(s: SchemaObject): string[] {
  return Array.isArray(s.type) ? s.type.map(String) : typeof s.type === 'string' ? [s.type] : [];
}

/** One value of `schema`, or undefined when the pinned schema admits none the generators can find. */
function drawn(schema: SchemaObject, o: BoundaryValuesOptions): unknown {
  try {
    return fc.sample(fromSchema(schema, o.resolveRef ? { resolveRef: o.resolveRef } : {}), { seed: o.seed, numRuns: 1 })[0];
  } catch {
    return undefined;
  }
}

function stringEdges(s: SchemaObject, o: BoundaryValuesOptions): BoundaryValue[] {
  const out: BoundaryValue[] = [];
  const min = num(s, 'minLength');
  const max = num(s, 'maxLength');
  // A format or pattern is met by filtering on length, which may never end at a pinned length:
  // such a string gets one value of its own kind instead of its length edges.
  const shaped = typeof s.format === 'string' || typeof s.pattern === 'string';
  const pinned = (length: number, why: string): void => {
    const value = drawn({ ...s, type: 'string', minLength: length, maxLength: length }, o);
    if (value !== undefined) out.push({ value, valid: true, why });
  };
  if (!shaped && min !== undefined) pinned(min, `length ${min} = minLength`);
  if (!shaped && max !== undefined && max !== min) pinned(max, `length ${max} = maxLength`);
  if (shaped) {
    const value = drawn({ ...s, type: 'string' }, o);
    if (value !== undefined) out.push({ value, valid: true, why: typeof s.format === 'string' ? `a ${s.format}` : 'matching the pattern' });
  }
  if (min !== undefined && min > 0) out.push({ value: '1'.repeat(min - 1), valid: false, why: `length ${min - 1} < minLength ${min}` });
  if (max !== undefined) out.push({ value: '1'.repeat(max + 1), valid: false, why: `length ${max + 1} > maxLength ${max}` });
  return out;
}

function numericEdges(s: SchemaObject, integer: boolean): BoundaryValue[] {
  const out: BoundaryValue[] = [];
  const min = num(s, 'minimum');
  const max = num(s, 'maximum');
  const xmin = num(s, 'exclusiveMinimum');
  const xmax = num(s, 'exclusiveMaximum');
  const step = num(s, 'multipleOf');
  const inside = (v: number): boolean =>
    (min === undefined || v >= min) &&
    (max === undefined || v <= max) &&
    (xmin === undefined || v > xmin) &&
    (xmax === undefined || v < xmax) &&
    (step === undefined || Number.isInteger(v / step)) &&
    (!integer || Number.isInteger(v));
  const edge = (value: number, valid: boolean, why: string): void => {
    if (inside(value) === valid) out.push({ value, valid, why });
  };
  const upper = max ?? xmax;
  if (min !== undefined) {
    edge(min, true, `${min} = minimum`);
    edge(min - 1, false, `${min - 1} < minimum ${min}`);
  }
  if (max !== undefined) {
    edge(max, true, `${max} = maximum`);
    edge(max + 1, false, `${max + 1} > maximum ${max}`);
  }
  if (xmin !== undefined) {
    const above = integer ? Math.floor(xmin) + 1 : upper === undefined ? xmin + 1 : (xmin + upper) / 2;
    edge(above, true, `${above}, just above exclusiveMinimum ${xmin}`);
    edge(integer ? Math.floor(xmin) : xmin, false, `${integer ? Math.floor(xmin) : xmin} ≤ exclusiveMinimum ${xmin}`);
  }
  if (xmax !== undefined) {
    const lower = min ?? xmin;
    const below = integer ? Math.ceil(xmax) - 1 : lower === undefined ? xmax - 1 : (xmax + lower) / 2;
    edge(below, true, `${below}, just below exclusiveMaximum ${xmax}`);
    edge(integer ? Math.ceil(xmax) : xmax, false, `${integer ? Math.ceil(xmax) : xmax} ≥ exclusiveMaximum ${xmax}`);
  }
  return out;
}

export function boundaryValues(schema: JsonSchema, options: BoundaryValuesOptions): BoundaryValue[] {
  let s: JsonSchema = schema;
  for (let hops = 0; typeof s === 'object' && typeof s.$ref === 'string' && options.resolveRef && hops < 16; hops++)
    s = options.resolveRef(s.$ref);
  if (typeof s !== 'object') return [];
  const types = typesOf(s);
  const out: BoundaryValue[] = [];
  if (Array.isArray(s.enum) && s.enum.length > 0) {
    out.push({ value: s.enum[0], valid: true, why: 'the first enum value' });
    if (s.enum.length > 1) out.push({ value: s.enum[s.enum.length - 1], valid: true, why: 'the last enum value' });
    return out;
  }
  if ('const' in s) return [{ value: s.const, valid: true, why: 'the const value' }];
  if (types.includes('boolean')) out.push({ value: false, valid: true, why: 'false' }, { value: true, valid: true, why: 'true' });
  if (types.includes('string') || (types.length === 0 && ['minLength', 'maxLength', 'format'].some((k) => k in s)))
    out.push(...stringEdges(s, options));
  if (types.includes('integer') || types.includes('number')) out.push(...numericEdges(s, !types.includes('number')));
  return out;
}
