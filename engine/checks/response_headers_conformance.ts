/** Documented required response headers must be present, with values of their documented type (e.g. Retry-After on 429). */
import type { JsonSchema } from '../contract/types.ts';
import type { Failure } from './types.ts';
import { requiresDocumentedResponse } from './preconditions.ts';
import { failed, makeFailure, skipped } from './result.ts';

/** A small header-value validator: headers are strings, so only scalar keywords make sense. */
export function headerValueProblem(schema: JsonSchema, value: string): string | undefined {
  if (typeof schema !== 'object') return schema ? undefined : 'schema is false';
  const type = schema['type'];
  const n = Number(value.trim());
  if (type === 'integer' && !/^-?\d+$/.test(value.trim())) return 'not an integer';
  if (type === 'number' && (value.trim() === '' || !Number.isFinite(n))) return 'not a number';
  if (type === 'boolean' && !/^(true|false)$/i.test(value.trim())) return 'not a boolean';
  if (typeof schema['minimum'] === 'number' && (type === 'integer' || type === 'number') && n < schema['minimum'])
    return `below minimum ${schema['minimum']}`;
  if (Array.isArray(schema['enum']) && !schema['enum'].map(String).includes(value)) return 'not in enum';
  if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern'], 'u').test(value)) return 'does not match pattern';
  return undefined;
}

export const response_headers_conformance = requiresDocumentedResponse((_ctx, _exchange, response, operation, spec) => {
  const documented = Object.entries(spec.headers);
  if (documented.length === 0) return skipped(`no headers documented for ${spec.status}`);
  const failures: Failure[] = [];
  for (const [name, header] of documented) {
    const value = response.headers[name.toLowerCase()];
    if (value === undefined) {
      if (header.required)
        failures.push(
          makeFailure('response_headers_conformance', operation.operationId, {
            title: `Missing required header ${name}`,
            message: `Received: status ${response.status} without ${name}\nDocumented: ${name} is required on ${spec.status}`,
            essence: [response.status, name.toLowerCase(), 'missing'],
          }),
        );
      continue;
    }
    const problem = headerValueProblem(header.schema, value);
    if (problem)
      failures.push(
        makeFailure('response_headers_conformance', operation.operationId, {
          title: `Malformed header ${name}`,
          message: `Received: ${name}: ${JSON.stringify(value.slice(0, 80))} (${problem})\nDocumented: ${JSON.stringify(header.schema)}`,
          essence: [response.status, name.toLowerCase(), problem],
        }),
      );
  }
  return failed(failures);
});
