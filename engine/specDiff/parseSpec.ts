/**
 * YAML (or JSON) text → a SpecSource, checking the few top-level facts the diff relies on.
 * Every failure is a SpecDiffError that names the input, the line or pointer, and the fix.
 */
import { parse, YAMLParseError } from 'yaml';
import { isRecord } from './isRecord.ts';
import { SpecDiffError } from './SpecDiffError.ts';
import type { SpecSource } from './SpecSource.ts';

export function parseSpec(text: string, label: string): SpecSource {
  let parsed: unknown;
  try {
    parsed = parse(text, { prettyErrors: true });
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const line = error.linePos?.[0]?.line;
    const problem = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
    throw new SpecDiffError(
      {
        source: label,
        where: line === undefined ? 'YAML' : `line ${line}`,
        problem: `malformed YAML: ${problem}`,
        fix: 'fix the YAML syntax',
      },
      { cause: error },
    );
  }
  if (!isRecord(parsed)) {
    throw new SpecDiffError({
      source: label,
      problem: 'the document is not a YAML mapping',
      fix: 'pass an OpenAPI 3 document',
    });
  }
  if (typeof parsed.openapi !== 'string' || !/^3\.[01]\./.test(parsed.openapi)) {
    throw new SpecDiffError({
      source: label,
      where: '#/openapi',
      problem: `not an OpenAPI 3.0/3.1 document (openapi: ${JSON.stringify(parsed.openapi ?? null)})`,
      fix: "pass an OpenAPI document with 'openapi: 3.1.0'",
    });
  }
  if (!isRecord(parsed.paths)) {
    throw new SpecDiffError({
      source: label,
      where: '#/paths',
      problem: 'paths is missing or not a mapping',
      fix: 'add the operations under paths:',
    });
  }
  return { label, document: parsed };
}
