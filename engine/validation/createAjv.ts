/**
 * One strict Ajv (JSON Schema 2020-12, the OpenAPI 3.1 dialect) per contract, with the document's
 * components registered under a base URI so the schemas' local `#/components/...` refs resolve.
 */
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { _ } from 'ajv/dist/compile/codegen/index.js';
import type { Contract } from '../contract/types.ts';

// ajv-formats is CommonJS: depending on the loader the default import is the plugin or its module object.
type FormatsPlugin = (ajv: Ajv2020) => unknown;
const formatsModule = addFormatsModule as unknown as FormatsPlugin & { default?: FormatsPlugin };
const addFormats: FormatsPlugin = formatsModule.default ?? formatsModule;

/** How a stored validator reaches the formats ajv-formats adds (standalone code cannot hold functions). */
const FORMATS_CODE = _`require("ajv-formats/dist/formats").fullFormats`;

/** OpenAPI keywords that may sit inside a schema and only annotate it. */
const OPENAPI_ANNOTATIONS = ['example', 'discriminator', 'xml', 'externalDocs'];

export interface ContractAjv {
  readonly ajv: Ajv2020;
  /** Absolute URI standing for the document root; prefix of every rebased `$ref`. */
  readonly baseUri: string;
  /** What a compiled schema depends on besides itself (options, keywords, the components its refs reach). */
  readonly context: string;
}

export function createAjv(contract: Contract): ContractAjv {
  // Type unions ([object, string, 'null']) are how the contract accepts every documented form of a field.
  // `code.source` keeps each validator's source, so it can be stored and loaded instead of compiled again.
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true, code: { source: true, formats: FORMATS_CODE } });
  addFormats(ajv);
  const baseUri = pathToFileURL(contract.sourcePath).href;
  // `components` is the only document-level key a schema $ref reaches into; declaring it an
  // annotation lets strict mode compile the holder without validating anything.
  const keywords = [...new Set(['components', ...OPENAPI_ANNOTATIONS, ...extensionKeys(contract.document)])].sort();
  for (const keyword of keywords) if (!ajv.getKeyword(keyword)) ajv.addKeyword({ keyword });
  ajv.addSchema({ $id: baseUri, components: contract.document.components ?? {} }, undefined, undefined, false);
  return { ajv, baseUri, context: JSON.stringify({ baseUri, keywords, components: contract.document.components ?? {} }) };
}

/** Every `x-*` key used anywhere in the document (they may appear inside schemas). */
function extensionKeys(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const child of node) extensionKeys(child, found);
  else if (typeof node === 'object' && node !== null) {
    for (const [key, child] of Object.entries(node)) {
      if (key.startsWith('x-')) found.add(key);
      extensionKeys(child, found);
    }
  }
  return found;
}
