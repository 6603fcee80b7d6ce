import { test, expect } from '@playwright/test';
import { requiresJsonBody, requiresLabel, requiresResponse } from '../../../engine/checks/preconditions.ts';
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
