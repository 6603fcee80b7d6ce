import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import {
  requiresBody,
  requiresDocumentedResponse,
  requiresJsonBody,
  requiresLabel,
  requiresResponse,
} from '../../../engine/checks/preconditions.ts';
import { documentedResponse } from '../../../engine/checks/documentedResponse.ts';
import { passed } from '../../../engine/checks/result.ts';
import { aCase, checkContext, negative, respond, transportError } from './fixtures.ts';

const ctx = checkContext();
const always = () => passed();

test('requiresResponse skips transport errors naming the kind, runs otherwise', () => {
  expect(requiresResponse(always)(ctx, transportError(aCase(), 'dns'))).toEqual({
    status: 'skipped',
    reason: 'no HTTP response (transport error: dns)',
  });
  expect(requiresResponse(always)(ctx, respond(aCase(), 200, {})).status).toBe('passed');
});

test('requiresJsonBody skips non-JSON bodies', () => {
  expect(requiresJsonBody(always)(ctx, respond(aCase(), 200, undefined, { raw: '<html>' })).status).toBe('skipped');
  expect(requiresJsonBody(always)(ctx, respond(aCase(), 200, [])).status).toBe('passed');
});

test('requiresLabel runs only for the given kind', () => {
  expect(requiresLabel('negative', always)(ctx, respond(aCase(), 200, {}))).toEqual({ status: 'skipped', reason: 'not a negative case' });
  expect(requiresLabel('negative', always)(ctx, respond(aCase({ label: negative('r') }), 200, {})).status).toBe('passed');
});

test('requiresBody skips an empty body', () => {
  expect(requiresBody(always)(ctx, respond(aCase(), 204, undefined))).toEqual({ status: 'skipped', reason: 'response has no body' });
  expect(requiresBody(always)(ctx, respond(aCase(), 200, {})).status).toBe('passed');
});

test('law: requiresDocumentedResponse runs exactly for documented statuses of known operations, with their documented response', () => {
  const ops = [...ctx.contract.operations.keys(), 'noSuchOperation'];
  fc.assert(
    fc.property(fc.constantFrom(...ops), fc.integer({ min: 100, max: 599 }), (operationId, status) => {
      const seen: unknown[] = [];
      const check = requiresDocumentedResponse((_ctx, _exchange, _response, operation, documented) => {
        seen.push([operation, documented]);
        return passed();
      });
      const result = check(ctx, respond(aCase({ operationId }), status, {}));
      const operation = ctx.contract.operations.get(operationId);
      const documented = operation && documentedResponse(operation, status);
      if (!operation) expect(result).toEqual({ status: 'skipped', reason: `operation ${operationId} is not in the contract` });
      else if (!documented)
        expect(result).toEqual({ status: 'skipped', reason: `status ${status} is undocumented (see status_code_conformance)` });
      else expect(seen).toEqual([[operation, documented]]);
    }),
  );
});
