/** findResponse / findMediaType: exact status, then range, then default; media type parameters ignored. */
import { test, expect } from '@playwright/test';
import { bareMediaType, findMediaType, findResponse } from '../../../engine/validation/findResponse.ts';
import type { OperationSpec, ResponseSpec } from '../../../engine/contract/types.ts';

const response = (status: string): ResponseSpec => ({ status, description: status, content: {}, headers: {}, errorCodes: [] });
const op = (...statuses: string[]): OperationSpec => ({
  operationId: 'mfaReAuthenticate',
  method: 'GET',
  path: '/x',
  summary: '',
  parameters: [],
  security: [],
  responses: Object.fromEntries(statuses.map((s) => [s, response(s)])),
});

test('exact status wins over its range, range wins over default', () => {
  const spec = op('200', '404', '4XX', 'default');
  expect(findResponse(spec, 404)?.status).toBe('404');
  expect(findResponse(spec, 418)?.status).toBe('4XX');
  expect(findResponse(spec, 503)?.status).toBe('default');
  expect(findResponse(op('200', '4xx'), 400)?.status).toBe('4xx');
  expect(findResponse(op('200'), 500)).toBeUndefined();
});

test('media types: parameters and case ignored, then type/*, then */*', () => {
  const media = { schema: true, examples: [] };
  expect(bareMediaType(' Application/JSON ; charset=utf-8')).toBe('application/json');
  expect(findMediaType({ 'application/json': media }, 'application/json; charset=utf-8')?.key).toBe('application/json');
  expect(findMediaType({ 'application/*': media, '*/*': media }, 'application/xml')?.key).toBe('application/*');
  expect(findMediaType({ '*/*': media }, 'text/html')?.key).toBe('*/*');
  expect(findMediaType({ 'application/json': media }, 'text/html')).toBeUndefined();
});
