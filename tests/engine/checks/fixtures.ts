/**
 * Hand-made stand-ins for the contract, the validator and exchanges, so check tests do not
 * depend on the real OpenAPI document (an integration test uses the real ones when present).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Contract, JsonSchema, OperationId, OperationSpec, ResponseSpec } from '../../../engine/contract/types.ts';
import type { Case, CaseLabel } from '../../../engine/case/case.ts';
import type { Exchange, TransportErrorKind } from '../../../engine/transport/exchange.ts';
import type { CheckContext, CheckOptions, ResponseValidator, ValidationResult } from '../../../engine/checks/checkContext.ts';
import { createCheckContext } from '../../../engine/checks/checkContext.ts';
import { loginRadiusProfile } from '../../../loginradius/profile.ts';

const envelope: JsonSchema = {
  type: 'object',
  required: ['ErrorCode', 'Message', 'Description'],
  properties: { ErrorCode: { type: 'integer' }, Message: { type: 'string' }, Description: { type: 'string' } },
};
const json = (schema: JsonSchema) => ({ 'application/json': { schema, examples: [] } });
const resp = (status: string, schema: JsonSchema, errorCodes: number[] = [], headers: ResponseSpec['headers'] = {}): ResponseSpec => ({
  status,
  description: status,
  content: json(schema),
  headers,
  errorCodes,
});
const errors = {
  '400': resp('400', envelope, [908, 1060, 1079, 1083]),
  '403': resp('403', envelope, [901, 905, 906, 1067, 1068, 1134]),
  '429': resp('429', envelope, [], { 'retry-after': { required: true, schema: { type: 'integer', minimum: 0 } } }),
};
const settings: JsonSchema = {
  type: 'object',
  required: ['IsGoogleAuthenticatorVerified'],
  properties: {
    IsGoogleAuthenticatorVerified: { type: 'boolean' },
    Items: { type: 'array', items: { type: 'object', properties: { Name: { type: 'string' } } } },
  },
};
const token: JsonSchema = {
  type: 'object',
  required: ['SecondFactorValidationToken', 'ExpireIn'],
  properties: { SecondFactorValidationToken: { type: 'string' }, ExpireIn: { type: 'string' } },
};

function op(operationId: OperationId, method: 'GET' | 'PUT', path: string, ok: JsonSchema): OperationSpec {
  return {
    operationId,
    method,
    path,
    summary: operationId,
    parameters: [],
    responses: { '200': resp('200', ok), ...errors },
    security: [],
  };
}

export function fakeContract(): Contract {
  const operations = new Map<OperationId, OperationSpec>([
    ['mfaReAuthenticate', op('mfaReAuthenticate', 'GET', '/identity/v2/auth/account/reauth/2fa', settings)],
    ['mfaUpdateSetting', op('mfaUpdateSetting', 'PUT', '/identity/v2/auth/account/2fa/verification/otp', { type: 'object' })],
    ['mfaReAuthenticateByOTP', op('mfaReAuthenticateByOTP', 'PUT', '/identity/v2/auth/account/reauth/2fa/otp', token)],
  ]);
  return {
    sourcePath: '/fake/openapi.yaml',
    document: {} as Contract['document'],
    operations,
    operation(id) {
      const found = operations.get(id);
      if (!found) throw new Error(`no ${id}`);
      return found;
    },
    resolveRef() {
      throw new Error('fake contract has no $refs');
    },
  };
}

/** ajv over the inline schemas, with the teammate validator's result shape. */
export function fakeValidator(contract: Contract): ResponseValidator {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  return {
    validate(operationId, status, _contentType, body): ValidationResult {
      const spec = contract.operations.get(operationId)?.responses[String(status)];
      if (!spec) return { ok: false, reason: 'undocumented-status', summary: `status ${status} undocumented`, issues: [] };
      const schema = spec.content['application/json']?.schema;
      const validate = ajv.compile(schema as object);
      if (validate(body)) return { ok: true };
      const issues = (validate.errors ?? []).map((e) => ({ pointer: e.instancePath, message: e.message ?? '', keyword: e.keyword }));
      return { ok: false, reason: 'schema', summary: `${issues.length} schema issue(s)`, issues };
    },
  };
}

export function checkContext(options: Partial<CheckOptions> = {}, secrets: string[] = []): CheckContext {
  const contract = fakeContract();
  return createCheckContext({
    contract,
    validator: fakeValidator(contract),
    profile: loginRadiusProfile,
    secrets,
    options: { statefulRejections: { mfaUpdateSetting: [1068], mfaReAuthenticateByOTP: [1068] }, ...options },
  });
}

const positive: CaseLabel = { kind: 'positive' };
export const negative = (rule: string, detail = 'detail'): CaseLabel => ({ kind: 'negative', rule, detail });

export function aCase(overrides: Partial<Case> = {}): Case {
  return {
    operationId: 'mfaReAuthenticate',
    method: 'GET',
    path: '/identity/v2/auth/account/reauth/2fa',
    query: [['apikey', 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d']],
    headers: { Authorization: 'Bearer 11111111-2222-4333-8444-555555555555' },
    body: { kind: 'none' },
    label: positive,
    ...overrides,
  };
}

export function respond(
  c: Case,
  status: number,
  body: unknown,
  options: { headers?: Record<string, string>; elapsedMs?: number; raw?: string } = {},
): Exchange {
  const bodyText = options.raw ?? (body === undefined ? '' : JSON.stringify(body));
  let parsed: unknown;
  try {
    parsed = bodyText === '' ? undefined : JSON.parse(bodyText);
  } catch {
    parsed = undefined;
  }
  return {
    case: c,
    outcome: {
      kind: 'response',
      status,
      headers: { 'content-type': 'application/json; charset=utf-8', ...options.headers },
      bodyText,
      json: parsed,
      ...(parsed === undefined ? { jsonError: 'not json' } : {}),
    },
    elapsedMs: options.elapsedMs ?? 12,
    rateLimitRetries: 0,
  };
}

export function transportError(c: Case, error: TransportErrorKind = 'connection-refused'): Exchange {
  return { case: c, outcome: { kind: 'transport-error', error, message: 'boom' }, elapsedMs: 3, rateLimitRetries: 0 };
}

export const envelopeOf = (code: number, message = 'Something went wrong') => ({
  ErrorCode: code,
  Message: message,
  Description: `${message} (details)`,
  IsProviderError: false,
  ProviderErrorResponse: null,
});
