/**
 * `$ref` cycles: recursive schemas are walked to completion and still report changes deep inside;
 * allOf loops end; a looping non-schema `$ref` chain is an input error, not a hang.
 */
import { test, expect } from '@playwright/test';
import { diffSpecs } from '../../../engine/specDiff/diffSpecs.ts';
import { SpecDiffError } from '../../../engine/specDiff/SpecDiffError.ts';

const doc = (schemas: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  label: 'inline',
  document: {
    openapi: '3.1.0',
    paths: {
      '/tree': {
        post: {
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Node' } } } },
          responses: {
            200: {
              description: 'ok',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Node' } } },
            },
          },
        },
        ...extra,
      },
    },
    components: { schemas },
  },
});

const node = (nameSchema: Record<string, unknown>) => ({
  Node: {
    type: 'object',
    properties: { name: nameSchema, children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } },
  },
});

test.setTimeout(10_000);

test('a self-recursive schema terminates and reports the change once per direction', () => {
  const result = diffSpecs(doc(node({ type: 'string' })), doc(node({ type: 'string', maxLength: 3 })));
  expect(result.changes.map((c) => `${c.rule} ${c.pointer}`)).toEqual([
    'request-max-length-lowered #/components/schemas/Node/properties/name',
    'response-constraint-tightened #/components/schemas/Node/properties/name',
  ]);
});

test('mutually recursive allOf terminates', () => {
  const loop = {
    Node: { allOf: [{ $ref: '#/components/schemas/Other' }] },
    Other: { allOf: [{ $ref: '#/components/schemas/Node' }], type: 'object' },
  };
  const changed = { ...loop, Other: { ...loop.Other, required: ['id'], properties: { id: { type: 'string' } } } };
  const result = diffSpecs(doc(loop), doc(changed));
  expect(result.changes.map((c) => c.rule)).toContain('request-required-property-added');
});

test('a $ref chain that loops is reported as an input error naming the pointer', () => {
  const looping = doc(node({ type: 'string' }), { parameters: [{ $ref: '#/components/parameters/a' }] });
  (looping.document.components as Record<string, unknown>).parameters = {
    a: { $ref: '#/components/parameters/b' },
    b: { $ref: '#/components/parameters/a' },
  };
  expect(() => diffSpecs(looping, looping)).toThrow(SpecDiffError);
  expect(() => diffSpecs(looping, looping)).toThrow(/\$ref chain loops through #\/components\/parameters\/a/);
});

test('a $ref to nowhere names the missing target', () => {
  const broken = doc({ Node: { $ref: '#/components/schemas/Gone' } });
  expect(() => diffSpecs(broken, broken)).toThrow(/\$ref '#\/components\/schemas\/Gone' does not resolve/);
});
