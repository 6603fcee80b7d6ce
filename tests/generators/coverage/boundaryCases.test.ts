/**
 * Laws of boundaryCases: on a document with constrained fields (the widgets fixture) every case
 * changes exactly one field of its base, to an edge that validates against the operation's request
 * schema exactly when the case is positive; on the LoginRadius document every constrained field is
 * the vendor's (credentials, the fresh code, isvoiceotp's vendor values), so there are none.
 */
import { test, expect } from '@playwright/test';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020Module from 'ajv/dist/2020.js';
import type { Case } from '../../../engine/case/case.ts';
import { loadContract } from '../../../engine/contract/loadContract.ts';
import type { JsonSchema } from '../../../engine/contract/types.ts';
import { boundaryCases } from '../../../generators/coverage/boundaryCases.ts';
import * as fc from 'fast-check';
import { exampleCases, genericGenerationContext, positiveCase } from '../../../generators/index.ts';
import { bodySchemaOf } from '../../../generators/negative/bodySchemaOf.ts';
import { ctx, operations } from '../generationFixture.ts';

const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
const ajv = new Ajv2020({ strict: false });
const widgets = loadContract(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'engine', 'fixtures', 'widgets.yaml'));
const generic = genericGenerationContext(widgets, () => 0);

/** The request as the schema sees it: the body, and each query parameter read as its schema's type. */
function requestValid(c: Case): boolean {
  const op = widgets.operation(c.operationId);
  const body = bodySchemaOf(op, widgets);
  if (body !== undefined && !ajv.validate(body, c.body.kind === 'json' ? c.body.value : undefined)) return false;
  return op.parameters.every((p) => {
    const raw = c.query.find(([n]) => n === p.name)?.[1];
    if (raw === undefined) return !p.required;
    const schema = p.schema as Exclude<JsonSchema, boolean>;
    const value = schema.type === 'integer' || schema.type === 'number' ? (/^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw) : raw;
    return ajv.validate(schema, value);
  });
}

test('law (widgets): each boundary case validates against the request schema exactly when it is positive, and every edge is there', () => {
  const seen: string[] = [];
  for (const op of widgets.operations.values()) {
    const cases = boundaryCases(op, generic, { seed: 3 });
    expect(cases.length).toBeGreaterThan(0);
    for (const b of cases) {
      expect(requestValid(b.case), JSON.stringify(b.case)).toBe(b.valid);
      expect(b.case.label.kind).toBe(b.valid ? 'positive' : 'negative');
      if (b.case.label.kind === 'negative') expect(b.case.label.rule).toBe('out-of-range');
      seen.push(b.case.label.kind === 'positive' ? (b.case.label.boundary ?? '') : b.case.label.detail);
    }
  }
  expect(seen).toEqual([
    'query limit: 1 = minimum',
    'query limit: 0 < minimum 1 (boundary)',
    'query limit: 10 = maximum',
    'query limit: 11 > maximum 10 (boundary)',
    'body name: length 1 = minLength',
    'body name: length 20 = maxLength',
    'body name: length 0 < minLength 1 (boundary)',
    'body name: length 21 > maxLength 20 (boundary)',
    'body size: 1 = minimum',
    'body size: 0 < minimum 1 (boundary)',
    'body size: 5 = maximum',
    'body size: 6 > maximum 5 (boundary)',
  ]);
});

test('law (widgets): a boundary case is its base (the first example, else the first positive sample) with exactly one field changed', () => {
  for (const op of widgets.operations.values()) {
    const base =
      exampleCases(op, generic)[0] ??
      fc.sample(positiveCase(op, generic, { varyCase: false, extraBodyKeys: false }), { seed: 3, numRuns: 1 })[0]!;
    const cases = boundaryCases(op, generic, { seed: 3 });
    for (const { case: c } of cases) {
      const detail = c.label.kind === 'positive' ? c.label.boundary! : c.label.detail;
      const [where, name] = detail.split(/[ :]/) as [string, string];
      const strip = (x: Case) =>
        where === 'query'
          ? { ...x, label: null, query: x.query.filter(([n]) => n !== name) }
          : {
              ...x,
              label: null,
              body: { ...x.body, value: { ...(x.body.kind === 'json' ? (x.body.value as object) : {}), [name]: null } },
            };
      expect(strip(c), detail).toEqual(strip(base));
    }
    expect(boundaryCases(op, generic, { seed: 3 })).toEqual(cases);
  }
});

test('LoginRadius: the vendor owns every constrained field (credentials, the fresh otp, isvoiceotp), so no boundary case is made', () => {
  for (const op of operations) {
    expect(boundaryCases(op, ctx, { seed: 1 }), op.operationId).toEqual([]);
    // Sanity: the document examples exist, so an empty list is the owned fields, not a missing base.
    expect(exampleCases(op, ctx).length).toBeGreaterThan(0);
  }
});
