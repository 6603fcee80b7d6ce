/** A response body's Content-Type must be one the contract documents for that status. */
import { matchMediaType, mediaTypeEssence } from './documentedResponse.ts';
import { requiresBody, requiresDocumentedResponse } from './preconditions.ts';
import { failed, makeFailure, passed } from './result.ts';

export const content_type_conformance = requiresBody(
  requiresDocumentedResponse((_ctx, _exchange, response, operation, spec) => {
    const documented = Object.keys(spec.content);
    const essence = mediaTypeEssence(response.headers['content-type']);
    if (essence !== undefined && matchMediaType(documented, essence)) return passed();
    return failed([
      makeFailure('content_type_conformance', operation.operationId, {
        title: essence === undefined ? 'Missing Content-Type' : 'Undocumented Content-Type',
        message: `Received: ${essence ?? '(no Content-Type header)'} for status ${response.status}\nDocumented: ${documented.join(', ') || '(no body)'}`,
        essence: [response.status, essence ?? '-'],
      }),
    ]);
  }),
);
