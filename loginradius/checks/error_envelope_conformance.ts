/**
 * 4xx/5xx JSON bodies must be the vendor envelope with an ErrorCode documented for this
 * operation and status; and a 2xx body must not be an error envelope ("error with status 200").
 */
import type { Failure } from '../../engine/checks/types.ts';
import { documentedResponse, operationOf } from '../../engine/checks/documentedResponse.ts';
import { envelopeProblems, errorCodeOf, looksLikeErrorEnvelope } from './errorEnvelope.ts';
import { requiresJsonBody } from '../../engine/checks/preconditions.ts';
import { failed, makeFailure, passed, skipped } from '../../engine/checks/result.ts';

export const error_envelope_conformance = requiresJsonBody((ctx, exchange, response) => {
  const op = exchange.case.operationId;
  const { status, json } = response;
  const code = errorCodeOf(json);
  if (status >= 200 && status < 300) {
    if (!looksLikeErrorEnvelope(json)) return passed();
    return failed([
      makeFailure('error_envelope_conformance', op, {
        title: 'Error envelope with a success status',
        message: `Received: ${status} with an error body (ErrorCode ${code ?? '?'})\nExpected: errors use a 4xx/5xx status`,
        essence: [status, 'error-on-success', code ?? '-'],
      }),
    ]);
  }
  if (status < 400) return skipped(`status ${status} is neither success nor error`);
  const failures: Failure[] = envelopeProblems(json).map((problem) =>
    makeFailure('error_envelope_conformance', op, {
      title: 'Malformed error envelope',
      message: `Received: status ${status} body with ${problem}\nDocumented: {ErrorCode:int, Message:string, Description:string, ...}`,
      essence: [status, problem],
      pointers: [problem.startsWith('not-') ? '' : `/${problem.split('-')[0]}`],
    }),
  );
  const operation = operationOf(ctx.contract, op);
  const spec = operation ? documentedResponse(operation, status) : undefined;
  if (code !== undefined && spec && spec.errorCodes.length > 0 && !spec.errorCodes.includes(code))
    failures.push(
      makeFailure('error_envelope_conformance', op, {
        title: 'Undocumented ErrorCode',
        message: `Received: ErrorCode ${code} with status ${status}\nDocumented for ${spec.status}: ${spec.errorCodes.join(', ')}`,
        essence: [status, 'undocumented-error-code', code],
        pointers: ['/ErrorCode'],
      }),
    );
  return failed(failures);
});
