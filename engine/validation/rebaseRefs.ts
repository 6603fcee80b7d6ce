/**
 * Copies a schema taken from the document, turning local refs (`#/components/schemas/X`) into
 * absolute ones under the contract's base URI, so Ajv can compile the schema on its own.
 */
import type { JsonSchema } from '../contract/types.ts';

export function rebaseRefs(schema: JsonSchema, baseUri: string): JsonSchema {
  return rebase(schema, baseUri) as JsonSchema;
}

function rebase(node: unknown, baseUri: string): unknown {
  if (Array.isArray(node)) return node.map((child) => rebase(child, baseUri));
  if (typeof node !== 'object' || node === null) return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    copy[key] = key === '$ref' && typeof value === 'string' && value.startsWith('#') ? `${baseUri}${value}` : rebase(value, baseUri);
  }
  return copy;
}
