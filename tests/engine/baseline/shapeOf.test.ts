import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import { mergeShapes, shapeOf } from '../../../engine/baseline/shapeOf.ts';

test('shapeOf maps pointers to types and summarises arrays by item shape', () => {
  expect(shapeOf({ A: 1, B: null, 'c/d': [{ E: 'x' }, { E: 'y', F: true }], G: [] })).toEqual({
    '': { types: ['object'] },
    '/A': { types: ['number'] },
    '/B': { types: ['null'] },
    '/G': { types: ['array'] },
    '/c~1d': { types: ['array'] },
    '/c~1d/*': { types: ['object'] },
    '/c~1d/*/E': { types: ['string'] },
    '/c~1d/*/F': { types: ['boolean'], optional: true },
  });
});

test('mergeShapes unions types and marks keys missing under an object as optional', () => {
  expect(mergeShapes(shapeOf({ A: 1, B: 'x' }), shapeOf({ A: null }))).toEqual({
    '': { types: ['object'] },
    '/A': { types: ['null', 'number'] },
    '/B': { types: ['string'], optional: true },
  });
});

test('laws: a shape merged with itself is itself; merge is commutative; array length does not matter', () => {
  fc.assert(
    fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
      expect(mergeShapes(shapeOf(a), shapeOf(a))).toEqual(shapeOf(a));
      expect(mergeShapes(shapeOf(a), shapeOf(b))).toEqual(mergeShapes(shapeOf(b), shapeOf(a)));
      expect(shapeOf([a, a, a])).toEqual(shapeOf([a]));
    }),
    { numRuns: 200 },
  );
});
