/** Sends text that is not JSON under the JSON media type (each form is checked to fail JSON.parse). */
import * as fc from 'fast-check';
import type { NegativeRule } from '../negativeRule.ts';
import type { Case } from '../../../engine/case/case.ts';

const breakers: ReadonlyArray<readonly [string, (json: string) => string]> = [
  ['truncated', (j) => j.slice(0, -1)],
  ['trailing comma', (j) => `${j.slice(0, -1)},}`],
  ['single quotes', (j) => j.replace(/"/g, "'")],
  ['unquoted keys', (j) => j.replace(/"([^"]*)":/g, '$1:')],
  ['comment', (j) => `/* c */${j}`],
  ['two documents', (j) => `${j}${j}`],
  ['NaN value', () => '{"otp":NaN}'],
];

const isJson = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

export const malformedJson: NegativeRule = {
  name: 'malformed-json',
  family: 'http',
  expected: 'a 400 (the body does not parse)',
  applies: (op) => op.requestBody !== undefined,
  mutation: () =>
    fc.constantFrom(...breakers).map(([how, breakJson]) => ({
      detail: `body is not JSON (${how})`,
      apply: (c: Case): Case => {
        const json = c.body.kind === 'json' ? JSON.stringify(c.body.value) : '{}';
        const text = breakJson(json);
        const mediaType = c.body.kind === 'none' ? 'application/json' : c.body.mediaType;
        // Every breaker above fails on an object's JSON text; fall back to a sure failure otherwise.
        return { ...c, body: { kind: 'raw', text: isJson(text) ? '{"otp":' : text, mediaType } };
      },
    })),
};
