/**
 * Reads and parses the YAML document and checks the few top-level facts everything else relies on.
 * Every failure is a `ContractError` naming the file, the place and the fix.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { OpenAPIV3_1 } from 'openapi-types';
import { ContractError } from './ContractError.ts';
import { cachedParse } from './parsedYamlCache.ts';

export function readDocument(file: string): OpenAPIV3_1.Document {
  const parsed = parseYaml(readText(file), file);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ContractError({
      file,
      problem: 'the document is not a YAML mapping',
      fix: 'write an OpenAPI 3.1 document (a mapping with openapi, info and paths)',
    });
  }
  const doc = parsed as Record<string, unknown>;
  if (typeof doc.openapi !== 'string' || !doc.openapi.startsWith('3.1')) {
    throw new ContractError({
      file,
      where: '#/openapi',
      problem: `expected an OpenAPI 3.1 document, found openapi: ${JSON.stringify(doc.openapi ?? null)}`,
      fix: "set 'openapi: 3.1.0' (schemas are read as JSON Schema 2020-12)",
    });
  }
  if (typeof doc.paths !== 'object' || doc.paths === null || Array.isArray(doc.paths)) {
    throw new ContractError({
      file,
      where: '#/paths',
      problem: 'paths is missing or not a mapping',
      fix: 'add the operations under paths:',
    });
  }
  return parsed as OpenAPIV3_1.Document;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? 'file not found' : `cannot read the file (${code ?? String(error)})`;
    throw new ContractError(
      { file, problem, fix: 'pass an existing path to loadContract() (the OpenAPI document of the API under test)' },
      { cause: error },
    );
  }
}

// Loaded on first use: with the parse cache warm, a process never needs the YAML parser.
let yamlModule: typeof import('yaml') | undefined;
const yaml = (): typeof import('yaml') => (yamlModule ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

function parseYaml(text: string, file: string): unknown {
  try {
    // Duplicate keys are errors (the yaml default); no custom tags; YAML 1.2 core schema, so dates stay strings.
    return cachedParse(text, (t) => yaml().parse(t, { prettyErrors: true }));
  } catch (error) {
    if (error instanceof yaml().YAMLParseError) {
      const line = error.linePos?.[0]?.line;
      const firstLine = error.message.split('\n')[0] ?? error.message;
      throw new ContractError(
        {
          file,
          where: line === undefined ? 'YAML' : `line ${line}`,
          problem: firstLine.replace(/ at line \d+, column \d+:?$/, ''),
          fix: 'fix the YAML syntax',
        },
        { cause: error },
      );
    }
    throw error;
  }
}
