/**
 * loadContract: indexes the repo's document into OperationSpecs, caches per absolute path,
 * and turns every kind of broken document into a ContractError that names the file, place and fix.
 */
import { test, expect } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { loadContract } from '../../../engine/contract/loadContract.ts';
import { ContractError } from '../../../engine/contract/ContractError.ts';
import { DEFAULT_CONTRACT_PATH } from '../../../loginradius/contract/defaultContractPath.ts';
import type { OperationId } from '../../../engine/contract/types.ts';

test.describe('the repo document', () => {
  test('loads all three operations with method, path and summary', () => {
    // Act
    const contract = loadContract(DEFAULT_CONTRACT_PATH);
    // Assert
    expect(contract.sourcePath).toBe(DEFAULT_CONTRACT_PATH);
    expect([...contract.operations.keys()].sort()).toEqual(['mfaReAuthenticate', 'mfaReAuthenticateByOTP', 'mfaUpdateSetting']);
    const trigger = contract.operation('mfaReAuthenticate');
    expect(trigger).toMatchObject({ method: 'GET', path: '/identity/v2/auth/account/reauth/2fa' });
    expect(trigger.summary).not.toBe('');
    expect(trigger.requestBody).toBeUndefined();
  });

  test('is cached per absolute path (relative and absolute spellings share one instance)', () => {
    const a = loadContract(DEFAULT_CONTRACT_PATH);
    const b = loadContract(relative(process.cwd(), DEFAULT_CONTRACT_PATH));
    expect(b).toBe(a);
  });

  test('parameters carry required, secret and allowEmptyValue from the document ($refs followed)', () => {
    const params = loadContract(DEFAULT_CONTRACT_PATH).operation('mfaReAuthenticate').parameters;
    const byName = Object.fromEntries(params.map((p) => [p.name, p]));
    expect(params.map((p) => p.name)).toEqual(['apikey', 'access_token', 'smstemplate2fa', 'isvoiceotp', 'duoredirecturi']);
    expect(byName.apikey).toMatchObject({ in: 'query', required: true, secret: true, schema: { type: 'string', format: 'uuid' } });
    expect(byName.access_token).toMatchObject({ required: false, secret: true });
    expect(byName.isvoiceotp).toMatchObject({ secret: false, allowEmptyValue: true, schema: { type: 'boolean' }, example: false });
  });

  test('request bodies are required, JSON, with examples gathered from examples.*.value', () => {
    const body = loadContract(DEFAULT_CONTRACT_PATH).operation('mfaReAuthenticateByOTP').requestBody;
    expect(body?.required).toBe(true);
    const json = body?.content['application/json'];
    expect(json?.schema).toEqual({ $ref: '#/components/schemas/OtpVerificationRequest' });
    expect(json?.examples).toContainEqual({ otp: '123456' });
    expect(json?.examples.length).toBe(5);
  });

  test('responses: shared $ref responses resolved, headers lower-cased, x-error-codes read, examples resolved', () => {
    const op = loadContract(DEFAULT_CONTRACT_PATH).operation('mfaUpdateSetting');
    expect(Object.keys(op.responses).sort()).toEqual(['200', '400', '401', '403', '429', '500']);
    expect(op.responses['429']?.headers['retry-after']).toEqual({ required: true, schema: { type: 'integer', minimum: 0 } });
    expect(op.responses['429']?.errorCodes).toEqual([429]);
    expect(op.responses['400']?.errorCodes).toEqual([908, 1060, 1079, 1083, 1090]);
    expect(op.responses['200']?.errorCodes).toEqual([]);
    const errorExamples = op.responses['403']?.content['application/json']?.examples ?? [];
    expect(errorExamples).toContainEqual(expect.objectContaining({ ErrorCode: 1067, Message: 'Invalid OTP Code' }));
  });

  test('security: apikey always, with either the Bearer header or the access_token query', () => {
    expect(loadContract(DEFAULT_CONTRACT_PATH).operation('mfaUpdateSetting').security).toEqual([
      { apiKey: [], bearerToken: [] },
      { apiKey: [], accessTokenQuery: [] },
    ]);
  });

  test('resolveRef follows a local pointer and fails with a ContractError naming the ref', () => {
    const contract = loadContract(DEFAULT_CONTRACT_PATH);
    expect(contract.resolveRef('#/components/schemas/StepUpToken')).toMatchObject({
      required: ['SecondFactorValidationToken', 'ExpireIn'],
    });
    expect(() => contract.resolveRef('#/components/schemas/Nope')).toThrow(
      /'#\/components\/schemas\/Nope' does not resolve .*— correct the \$ref/,
    );
  });

  test('operation() with an unknown id throws a ContractError listing the known ids', () => {
    const contract = loadContract(DEFAULT_CONTRACT_PATH);
    const call = () => contract.operation('mfaNope' as OperationId);
    expect(call).toThrow(ContractError);
    expect(call).toThrow(
      /unknown operationId 'mfaNope' \(the document has: mfaReAuthenticate, mfaUpdateSetting, mfaReAuthenticateByOTP\) — use an operationId/,
    );
  });
});

test.describe('broken documents', () => {
  test('missing file: names the file and how to fix the path', () => {
    const call = () => loadContract('/nonexistent/dir/contract.yaml');
    expect(call).toThrow(ContractError);
    expect(call).toThrow('/nonexistent/dir/contract.yaml: file not found — pass an existing path to loadContract() (the OpenAPI document');
  });

  test('malformed YAML: names the file and line, and says to fix the syntax', () => {
    const file = writeDoc('malformed.yaml', 'openapi: 3.1.0\ninfo:\n  title: x\n  version: [1\npaths: {}\n');
    expect(() => loadContract(file)).toThrow(/malformed\.yaml: line \d+: .+ — fix the YAML syntax$/);
  });

  test('not OpenAPI 3.1: names #/openapi and the expected value', () => {
    const file = writeDoc('v30.yaml', 'openapi: 3.0.3\ninfo: {title: x, version: "1"}\npaths: {}\n');
    expect(() => loadContract(file)).toThrow(
      /v30\.yaml: #\/openapi: expected an OpenAPI 3\.1 document, found openapi: "3\.0\.3" — set 'openapi: 3\.1\.0'/,
    );
  });

  test('any operationId the document declares loads; a missing or blank one names the pointer and the fix', () => {
    const other = loadContract(writeDoc('other-op.yaml', minimalDoc('listWidgets', "'200': { description: ok }")));
    expect([...other.operations.keys()]).toEqual(['listWidgets']);
    expect(() => loadContract(writeDoc('blank-op.yaml', minimalDoc("' '", "'200': { description: ok }")))).toThrow(
      /blank-op\.yaml: #\/paths\/~1x\/get\/operationId: operationId must be a non-empty string, got " " — give every operation a unique operationId/,
    );
  });

  test('bad $ref: names the pointer holding it and the missing key', () => {
    const file = writeDoc('bad-ref.yaml', minimalDoc('mfaReAuthenticate', "'200': { $ref: '#/components/responses/Missing' }"));
    expect(() => loadContract(file)).toThrow(
      /bad-ref\.yaml: #\/paths\/~1x\/get\/responses\/200: \$ref '#\/components\/responses\/Missing' does not resolve \(no 'components'\) — correct the \$ref/,
    );
  });

  test('malformed x-error-codes: names the pointer and the expected shape', () => {
    const file = writeDoc('bad-codes.yaml', minimalDoc('mfaReAuthenticate', "'400': { description: bad, x-error-codes: '908' }"));
    expect(() => loadContract(file)).toThrow(/responses\/400\/x-error-codes: x-error-codes must be a list of integers — write it as/);
  });

  test('a failed load is not cached: fixing the file makes the next load succeed', () => {
    const file = writeDoc('fixed-later.yaml', 'openapi: 3.1.0\npaths: [\n');
    expect(() => loadContract(file)).toThrow(ContractError);
    writeFileSync(file, minimalDoc('mfaReAuthenticate', "'200': { description: ok }"));
    expect(loadContract(file).operation('mfaReAuthenticate').path).toBe('/x');
  });

  test('a valid copy of the repo document loads to an equal operation index', () => {
    const file = writeDoc('copy.yaml', readFileSync(DEFAULT_CONTRACT_PATH, 'utf8'));
    const copy = loadContract(file);
    expect(copy).not.toBe(loadContract(DEFAULT_CONTRACT_PATH));
    expect(copy.operation('mfaUpdateSetting')).toEqual(loadContract(DEFAULT_CONTRACT_PATH).operation('mfaUpdateSetting'));
  });
});

// Helpers

function writeDoc(name: string, text: string): string {
  const file = join(test.info().outputPath(), name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

function minimalDoc(operationId: string, response: string): string {
  return `openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths:\n  /x:\n    get:\n      operationId: ${operationId}\n      responses:\n        ${response}\n`;
}
