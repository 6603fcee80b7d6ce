/** A documented JSON response body must validate against its schema (ajv, via the injected validator). */
import type { Failure } from './types.ts';
import { matchMediaType, mediaTypeEssence } from './documentedResponse.ts';
import { requiresDocumentedResponse } from './preconditions.ts';
import { failed, makeFailure, passed, skipped } from './result.ts';

const MAX_FAILURES = 10;

/** `/Errors/3/FieldName` and `/Errors/0/FieldName` are the same bug: array indices become `*`. */
export function normalisePointer(pointer: string): string {
  return pointer.replace(/\/\d+(?=\/|$)/g, '/*');
}

export const response_schema_conformance = requiresDocumentedResponse((ctx, _exchange, response, operation, spec) => {
  const documented = Object.keys(spec.content);
  if (documented.length === 0) return skipped(`no body documented for ${spec.status}`);
  const contentType = response.headers['content-type'] ?? '';
  const essence = mediaTypeEssence(contentType);
  const mediaType = essence === undefined ? undefined : matchMediaType(documented, essence);
  if (!mediaType) return skipped(`media type ${essence ?? '(none)'} is undocumented (see content_type_conformance)`);
  const op = operation.operationId;
  if (/json/i.test(mediaType) && response.json === undefined)
    return failed([
      makeFailure('response_schema_conformance', op, {
        title: 'Response body is not valid JSON',
        message: `Received: status ${response.status}, ${contentType}, body that does not parse (${response.jsonError ?? 'empty'})\nDocumented: ${mediaType} body`,
        essence: [response.status, 'invalid-json'],
        pointers: [''],
      }),
    ]);
  const result = ctx.validator.validate(op, response.status, contentType, response.json);
  if (result.ok) return passed();
  if (result.reason !== 'schema') return skipped(`validator: ${result.summary}`);
  const byKey = new Map<string, Failure>();
  for (const issue of result.issues) {
    const pointer = normalisePointer(issue.pointer);
    const key = `${pointer}|${issue.keyword}`;
    if (byKey.has(key) || byKey.size >= MAX_FAILURES) continue;
    byKey.set(
      key,
      makeFailure('response_schema_conformance', op, {
        title: `Response violates schema (${issue.keyword})`,
        // The validator's message already names the pointer and hides secret values.
        message: `${issue.message}\nStatus ${response.status}, ${mediaType} (${result.summary})`,
        essence: [response.status, pointer, issue.keyword],
        pointers: [issue.pointer],
      }),
    );
  }
  if (byKey.size === 0)
    return failed([
      makeFailure('response_schema_conformance', op, {
        title: 'Response violates schema',
        message: result.summary,
        essence: [response.status, 'schema'],
      }),
    ]);
  return failed([...byKey.values()]);
});
