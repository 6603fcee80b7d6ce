/**
 * The `ContractValidator` for one contract. Ajv is created on first use; each
 * (operation, status, media type) / request body / parameter schema compiles once, then is reused.
 */
import type { Contract, JsonSchema, OperationId, OperationSpec, ParameterLocation } from '../contract/types.ts';
import { displayPath } from '../contract/ContractError.ts';
import type { ContractValidator, ValidationIssue, ValidationResult } from './types.ts';
import { createAjv } from './createAjv.ts';
import { createValidatorCache, type ValidatorCache } from './validatorCache.ts';
import { compiledValidatorStore } from './compiledValidatorStore.ts';
import { privateCacheDir } from '../contract/privateCacheDir.ts';
import { describeIssues } from './describeIssues.ts';
import { summarize } from './summarize.ts';
import { findMediaType, findResponse } from './findResponse.ts';
import { coerceParameter } from './coerceParameter.ts';
import { secretNames } from './secretNames.ts';

const OK: ValidationResult = Object.freeze({ ok: true });

type Failed = Extract<ValidationResult, { ok: false }>;
const fail = (reason: Failed['reason'], summary: string, issues: readonly ValidationIssue[] = []): Failed => ({
  ok: false,
  reason,
  summary,
  issues,
});

export interface InspectableValidator extends ContractValidator {
  /** Validators made ready so far, compiled or loaded (for tests and diagnostics). */
  readonly compiledCount: number;
}

export function createContractValidator(contract: Contract): InspectableValidator {
  let lazy: { cache: ValidatorCache; secrets: ReadonlySet<string> } | undefined;
  const state = () =>
    (lazy ??= {
      cache: createValidatorCache(createAjv(contract), compiledValidatorStore(privateCacheDir())),
      secrets: secretNames(contract.document),
    });

  function operationOf(operationId: OperationId): OperationSpec | Failed {
    return (
      contract.operations.get(operationId) ??
      fail('undocumented-operation', `operation '${String(operationId)}' is not in ${displayPath(contract.sourcePath)}`)
    );
  }

  function check(key: string, schema: JsonSchema, value: unknown, subject: string, redactAll = false): ValidationResult {
    const { cache, secrets } = state();
    const validate = cache.get(key, schema);
    if (validate(value)) return OK;
    const issues = describeIssues(validate.errors ?? [], value, { secretNames: secrets, redactAll });
    return fail('schema', summarize(subject, issues), issues);
  }

  return {
    get compiledCount() {
      return lazy?.cache.preparedCount ?? 0;
    },

    validate(operationId, status, contentType, body) {
      const op = operationOf(operationId);
      if ('ok' in op) return op;
      const response = findResponse(op, status);
      if (!response) {
        return fail(
          'undocumented-status',
          `${op.operationId}: status ${status} is not documented (documented: ${Object.keys(op.responses).join(', ')})`,
        );
      }
      const subject = `${op.operationId} ${response.status}`;
      const documented = Object.keys(response.content);
      if (documented.length === 0) {
        return body === undefined || body === ''
          ? OK
          : fail('undocumented-media-type', `${subject}: a body was received but none is documented`);
      }
      const match = contentType === undefined ? undefined : findMediaType(response.content, contentType);
      if (!match) {
        return fail(
          'undocumented-media-type',
          `${subject}: Content-Type ${contentType === undefined ? 'is missing' : `'${contentType}' is not documented`} (documented: ${documented.join(', ')})`,
        );
      }
      return check(`response|${op.operationId}|${response.status}|${match.key}`, match.media.schema, body, `${subject} ${match.key}`);
    },

    validateRequestBody(operationId, contentType, body) {
      const op = operationOf(operationId);
      if ('ok' in op) return op;
      const spec = op.requestBody;
      if (!spec) {
        return body === undefined
          ? OK
          : fail('undocumented-media-type', `${op.operationId}: a request body was given but none is documented`);
      }
      if (body === undefined) {
        if (!spec.required) return OK;
        const issue = { pointer: '', keyword: 'required', message: '(root): the request body is required' };
        return fail('schema', summarize(`${op.operationId} request body`, [issue]), [issue]);
      }
      const documented = Object.keys(spec.content);
      const match = contentType === undefined ? undefined : findMediaType(spec.content, contentType);
      if (!match) {
        return fail(
          'undocumented-media-type',
          `${op.operationId} request body: Content-Type ${contentType === undefined ? 'is missing' : `'${contentType}' is not documented`} (documented: ${documented.join(', ')})`,
        );
      }
      return check(`request|${op.operationId}|${match.key}`, match.media.schema, body, `${op.operationId} request body ${match.key}`);
    },

    validateParameter(operationId, location: ParameterLocation, name, rawValue) {
      const op = operationOf(operationId);
      if ('ok' in op) return op;
      // The vendor matches query and header names without regard to case (the brief); path names are exact.
      const param = op.parameters.find(
        (p) => p.in === location && (location === 'path' ? p.name === name : p.name.toLowerCase() === name.toLowerCase()),
      );
      const subject = `${op.operationId} ${location} parameter '${param?.name ?? name}'`;
      if (!param) {
        const issue = {
          pointer: '',
          keyword: 'parameter',
          message: `(root): ${location} parameter '${name}' is not documented for ${op.operationId}`,
        };
        return fail('schema', `${subject}: not documented`, [issue]);
      }
      if (rawValue === '' && param.allowEmptyValue === true && !param.required) return OK;
      const value = coerceParameter(rawValue, typeSchemaOf(contract, param.schema));
      return check(`parameter|${op.operationId}|${location}|${param.name}`, param.schema, value, subject, param.secret);
    },
  };
}

/** The schema whose `type` drives coercion: a top-level `$ref` is followed once. */
function typeSchemaOf(contract: Contract, schema: JsonSchema): JsonSchema {
  return typeof schema === 'object' && typeof schema.$ref === 'string' ? contract.resolveRef(schema.$ref) : schema;
}
