import { test, expect } from '@playwright/test';
import { parseSpec } from '../../../engine/specDiff/parseSpec.ts';
import { SpecDiffError } from '../../../engine/specDiff/SpecDiffError.ts';

const message = (text: string) => {
  try {
    parseSpec(text, 'side.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(SpecDiffError);
    return (error as Error).message;
  }
  throw new Error('expected a SpecDiffError');
};

test('malformed YAML names the input, the line and the fix', () => {
  expect(message('openapi: 3.1.0\npaths: {\n  a: [\n')).toMatch(/^side\.yaml: line \d+: malformed YAML: .* — fix the YAML syntax$/);
});

test('a document that is not OpenAPI 3 is refused with the version found', () => {
  expect(message('swagger: "2.0"\npaths: {}\n')).toContain('#/openapi: not an OpenAPI 3.0/3.1 document (openapi: null)');
  expect(message('- a\n- b\n')).toContain('not a YAML mapping');
  expect(message('openapi: 3.1.0\n')).toContain('#/paths: paths is missing');
});

test('a valid document keeps its label', () => {
  const source = parseSpec('openapi: 3.1.0\npaths: {}\n', 'git:HEAD');
  expect(source.label).toBe('git:HEAD');
  expect(source.document.openapi).toBe('3.1.0');
});
