/**
 * A raw parameter string → the JSON value its schema expects, the way OpenAPI servers read
 * primitive parameters: booleans in any letter case (.NET sends `True`), numbers from numeric text.
 * Anything that does not fit stays a string, so the schema check reports it.
 */
import type { JsonSchema } from '../contract/types.ts';

export function coerceParameter(rawValue: string, schema: JsonSchema): unknown {
  const types = schemaTypes(schema);
  if (types.includes('boolean') && /^(true|false)$/i.test(rawValue)) return rawValue.toLowerCase() === 'true';
  if ((types.includes('integer') || types.includes('number')) && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(rawValue)) {
    return Number(rawValue);
  }
  if (types.includes('null') && !types.includes('string') && rawValue === '') return null;
  return rawValue;
}

function schemaTypes(schema: JsonSchema): string[] {
  if (typeof schema !== 'object') return [];
  const type = schema.type;
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}
