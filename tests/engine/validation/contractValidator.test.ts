/**
 * contractValidator against the real document: every example passes, each hand-made mutation
 * fails at the right pointer with a readable message, and validators compile once.
 */
import { test, expect } from '@playwright/test';
import { loadContract } from '../../../engine/contract/loadContract.ts';
import { DEFAULT_CONTRACT_PATH } from '../../../loginradius/contract/defaultContractPath.ts';
import { contractValidator, validatorCompileCount, type ValidationResult } from '../../../engine/validation/contractValidator.ts';
import type { OperationId } from '../../../engine/contract/types.ts';

const contract = loadContract(DEFAULT_CONTRACT_PATH);
const validator = contractValidator(contract);
const JSON_UTF8 = 'application/json; charset=utf-8';

const stepUp = () => ({ SecondFactorValidationToken: '0f8fad5b-d9cb-469f-a165-70867728950e', ExpireIn: '2025-01-01T10:45:00.1234567Z' });
const settings = () => exampleOf('mfaReAuthenticate', '200') as Record<string, unknown>;
const profile = () => exampleOf('mfaUpdateSetting', '200') as Record<string, unknown>;
const envelope = () => ({
  ErrorCode: 1067,
  Message: 'Invalid OTP Code',
  Description: 'wrong code',
  IsProviderError: false,
  ProviderErrorResponse: null,
});

test.describe('examples', () => {
  for (const [operationId, op] of contract.operations) {
    test(`every response and request example of ${operationId} validates against its own status and media type`, () => {
      let checked = 0;
      for (const response of Object.values(op.responses)) {
        for (const [mediaType, media] of Object.entries(response.content)) {
          for (const example of media.examples) {
            expect(
              validator.validate(operationId, Number(response.status), `${mediaType}; charset=utf-8`, example),
              `${response.status} ${JSON.stringify(example).slice(0, 80)}`,
            ).toEqual({ ok: true });
            checked++;
          }
        }
      }
      for (const [mediaType, media] of Object.entries(op.requestBody?.content ?? {})) {
        for (const example of media.examples) {
          expect(validator.validateRequestBody(operationId, mediaType, example)).toEqual({ ok: true });
          checked++;
        }
      }
      expect(checked).toBeGreaterThanOrEqual(12);
    });
  }
});

test.describe('response mutations fail with the right pointer', () => {
  test('missing required field: (root) names the property', () => {
    const { ExpireIn: _dropped, ...body } = stepUp();
    const result = failed(validator.validate('mfaReAuthenticateByOTP', 200, JSON_UTF8, body));
    expect(result.reason).toBe('schema');
    expect(result.issues).toContainEqual({ pointer: '', keyword: 'required', message: "(root): must have required property 'ExpireIn'" });
  });

  test('a projected profile (fields=Email) without Uid is valid, but a null Uid is not', () => {
    expect(validator.validate('mfaUpdateSetting', 200, JSON_UTF8, { Email: profile().Email }).ok).toBe(true);
    const result = failed(validator.validate('mfaUpdateSetting', 200, JSON_UTF8, { ...profile(), Uid: null }));
    expect(result.issues.map((i) => i.pointer)).toContain('/Uid');
  });

  test('wrong type: pointer, expectation and the value received', () => {
    const result = failed(validator.validate('mfaReAuthenticateByOTP', 403, JSON_UTF8, { ...envelope(), ErrorCode: '908' }));
    expect(result.issues).toEqual([{ pointer: '/ErrorCode', keyword: 'type', message: '/ErrorCode: must be integer (got string "908")' }]);
    expect(result.summary).toBe(
      'mfaReAuthenticateByOTP 403 application/json: 1 schema issue — /ErrorCode: must be integer (got string "908")',
    );
  });

  test('wrong uuid format is reported without echoing the token', () => {
    const result = failed(
      validator.validate('mfaReAuthenticateByOTP', 200, JSON_UTF8, { ...stepUp(), SecondFactorValidationToken: 'tok-123-secret' }),
    );
    expect(result.issues).toEqual([
      {
        pointer: '/SecondFactorValidationToken',
        keyword: 'format',
        message: '/SecondFactorValidationToken: must match format "uuid" (got string [redacted])',
      },
    ]);
    expect(result.summary).not.toContain('tok-123-secret');
  });

  test('wrong date-time format: strict on the step-up token, .NET unset value refused there', () => {
    for (const bad of ['2025-01-01 10:45', '0001-01-01T00:00:00', '2025-13-01T00:00:00Z']) {
      const result = failed(validator.validate('mfaReAuthenticateByOTP', 200, JSON_UTF8, { ...stepUp(), ExpireIn: bad }));
      expect(result.issues.map((i) => `${i.pointer} ${i.keyword}`)).toEqual(['/ExpireIn format']);
    }
  });

  test('.NET dates in the profile accept the unset value and 7 fractional digits, but not a bad month', () => {
    expect(
      validator.validate('mfaUpdateSetting', 200, JSON_UTF8, {
        ...profile(),
        LastLoginDate: '0001-01-01T00:00:00',
        CreatedDate: '2017-08-24T13:04:12.1810017Z',
      }),
    ).toEqual({ ok: true });
    const result = failed(validator.validate('mfaUpdateSetting', 200, JSON_UTF8, { ...profile(), LastLoginDate: '2017-13-24T13:04:12Z' }));
    expect(result.issues.map((i) => i.pointer)).toEqual(['/LastLoginDate']);
    expect(result.issues[0]?.message).toMatch(
      /^\/LastLoginDate: must match the pattern at .*NullableDotNetDateTime\/pattern \(got string "2017-13-24T13:04:12Z"\)$/,
    );
  });

  test('null where not nullable: a required MFA flag', () => {
    const result = failed(validator.validate('mfaReAuthenticate', 200, JSON_UTF8, { ...settings(), IsGoogleAuthenticatorVerified: null }));
    expect(result.issues).toEqual([
      { pointer: '/IsGoogleAuthenticatorVerified', keyword: 'type', message: '/IsGoogleAuthenticatorVerified: must be boolean (got null)' },
    ]);
  });

  test('null is fine where the schema allows it, including nested profile objects', () => {
    expect(
      validator.validate('mfaUpdateSetting', 200, JSON_UTF8, {
        ...profile(),
        PIN: null,
        Identities: [{ ID: null, AgeRange: { Min: null } }],
      }),
    ).toEqual({ ok: true });
  });

  test('nested pointer inside an array item', () => {
    // "True" (a string) is a documented legacy form of IsPrimary (D9); a number is in no documented form.
    const result = failed(
      validator.validate('mfaUpdateSetting', 200, JSON_UTF8, { ...profile(), Identities: [{ PlacesLived: [{ IsPrimary: 1 }] }] }),
    );
    expect(result.issues).toEqual([
      {
        pointer: '/Identities/0/PlacesLived/0/IsPrimary',
        keyword: 'type',
        message: '/Identities/0/PlacesLived/0/IsPrimary: must be boolean or string or null (got number 1)',
      },
    ]);
  });

  test('secret response fields are redacted in messages', () => {
    const result = failed(validator.validate('mfaUpdateSetting', 200, JSON_UTF8, { ...profile(), Password: 12345678 }));
    expect(result.issues[0]?.message).toBe('/Password: must be string or null (got number [redacted])');
  });

  test('error envelope: Data.LoginLockedTimeout must be a date-time', () => {
    const result = failed(
      validator.validate('mfaUpdateSetting', 403, JSON_UTF8, { ...envelope(), ErrorCode: 1198, Data: { LoginLockedTimeout: 'soon' } }),
    );
    expect(result.issues.map((i) => i.pointer)).toEqual(['/Data/LoginLockedTimeout']);
  });

  test('401 accepts the camelCase gateway shape but not an envelope missing both shapes', () => {
    expect(
      validator.validate('mfaReAuthenticate', 401, JSON_UTF8, { errorCode: 1409, message: 'Authentication failed', description: 'x' }),
    ).toEqual({ ok: true });
    expect(failed(validator.validate('mfaReAuthenticate', 401, JSON_UTF8, { message: 'x' })).issues.map((i) => i.keyword)).toContain(
      'anyOf',
    );
  });
});

test.describe('status and media type', () => {
  test('undocumented status (418) names the documented ones', () => {
    const result = failed(validator.validate('mfaReAuthenticate', 418, JSON_UTF8, {}));
    expect(result).toEqual({
      ok: false,
      reason: 'undocumented-status',
      summary: 'mfaReAuthenticate: status 418 is not documented (documented: 200, 400, 401, 403, 429, 500)',
      issues: [],
    });
  });

  test('wrong content type (text/html) and a missing one are undocumented media types', () => {
    expect(failed(validator.validate('mfaReAuthenticate', 200, 'text/html; charset=utf-8', settings())).reason).toBe(
      'undocumented-media-type',
    );
    expect(failed(validator.validate('mfaReAuthenticate', 200, undefined, settings())).summary).toBe(
      'mfaReAuthenticate 200: Content-Type is missing (documented: application/json)',
    );
  });

  test('media type matching ignores parameters and letter case', () => {
    expect(validator.validate('mfaReAuthenticateByOTP', 200, 'Application/JSON;charset=UTF-8', stepUp())).toEqual({ ok: true });
  });

  test('unknown operation is reported, not thrown', () => {
    expect(failed(validator.validate('mfaNope' as OperationId, 200, JSON_UTF8, {})).reason).toBe('undocumented-operation');
  });
});

test.describe('request bodies', () => {
  test('body without otp, with an empty otp, or with a non-string answer is invalid; unknown keys are fine', () => {
    expect(failed(validator.validateRequestBody('mfaUpdateSetting', 'application/json', { securityanswer: {} })).issues).toContainEqual({
      pointer: '',
      keyword: 'required',
      message: "(root): must have required property 'otp'",
    });
    expect(
      failed(validator.validateRequestBody('mfaUpdateSetting', 'application/json', { otp: '' })).issues.map(
        (i) => `${i.pointer} ${i.keyword}`,
      ),
    ).toEqual(['/otp minLength']);
    const answer = failed(
      validator.validateRequestBody('mfaReAuthenticateByOTP', 'application/json', { otp: '123456', securityanswer: { q1: 42 } }),
    );
    expect(answer.issues).toEqual([
      { pointer: '/securityanswer/q1', keyword: 'type', message: '/securityanswer/q1: must be string (got number [redacted])' },
    ]);
    expect(validator.validateRequestBody('mfaReAuthenticateByOTP', 'application/json', { otp: '123456', Unknown: 1 })).toEqual({
      ok: true,
    });
  });

  test('otp values never appear in messages', () => {
    const result = failed(validator.validateRequestBody('mfaUpdateSetting', 'application/json', { otp: ['987654'] }));
    expect(result.summary).toContain('/otp: must be string (got array [redacted])');
    expect(result.summary).not.toContain('987654');
  });

  test('missing body, wrong media type, and a body on GET', () => {
    expect(failed(validator.validateRequestBody('mfaUpdateSetting', 'application/json', undefined)).issues[0]?.message).toBe(
      '(root): the request body is required',
    );
    expect(failed(validator.validateRequestBody('mfaUpdateSetting', 'text/plain', { otp: '1' })).reason).toBe('undocumented-media-type');
    expect(validator.validateRequestBody('mfaReAuthenticate', undefined, undefined)).toEqual({ ok: true });
    expect(failed(validator.validateRequestBody('mfaReAuthenticate', 'application/json', {})).reason).toBe('undocumented-media-type');
  });
});

test.describe('parameters', () => {
  test('isvoiceotp: booleans in any case are valid, empty counts as absent, "yes" is not', () => {
    for (const raw of ['True', 'false', 'TRUE', ''])
      expect(validator.validateParameter('mfaReAuthenticate', 'query', 'isvoiceotp', raw), raw).toEqual({ ok: true });
    const result = failed(validator.validateParameter('mfaReAuthenticate', 'query', 'isvoiceotp', 'yes'));
    expect(result.issues).toEqual([{ pointer: '', keyword: 'type', message: '(root): must be boolean (got string "yes")' }]);
    expect(result.summary).toBe(
      `mfaReAuthenticate query parameter 'isvoiceotp': 1 schema issue — (root): must be boolean (got string "yes")`,
    );
  });

  test('query names match without regard to case (the vendor does)', () => {
    expect(validator.validateParameter('mfaReAuthenticate', 'query', 'isVoiceOtp', 'False')).toEqual({ ok: true });
    expect(validator.validateParameter('mfaReAuthenticateByOTP', 'query', 'smsTemplate2FA', 'tpl')).toEqual({ ok: true });
  });

  test('a malformed apikey fails on format and the key is not echoed', () => {
    expect(validator.validateParameter('mfaUpdateSetting', 'query', 'apikey', '4d6b1c2a-9e0f-4b7a-8c3d-2e1f0a9b8c7d')).toEqual({
      ok: true,
    });
    const result = failed(validator.validateParameter('mfaUpdateSetting', 'query', 'apikey', 'key-a,key-a'));
    expect(result.issues).toEqual([
      { pointer: '', keyword: 'format', message: '(root): must match format "uuid" (got string [redacted])' },
    ]);
    expect(result.summary).not.toContain('key-a');
    expect(failed(validator.validateParameter('mfaUpdateSetting', 'query', 'apikey', '')).issues[0]?.keyword).toBe('format');
  });

  test('an undocumented parameter is a schema failure naming it', () => {
    const result = failed(validator.validateParameter('mfaUpdateSetting', 'query', 'isvoiceotp', 'true'));
    expect(result.issues[0]?.message).toBe("(root): query parameter 'isvoiceotp' is not documented for mfaUpdateSetting");
  });
});

test.describe('compile once', () => {
  test('one validator per contract, and each schema compiles once however often it is used', () => {
    expect(contractValidator(contract)).toBe(validator);
    const fresh = contractValidator({ ...contract });
    expect(validatorCompileCount(fresh)).toBe(0);
    for (let i = 0; i < 50; i++) {
      fresh.validate('mfaReAuthenticateByOTP', 200, JSON_UTF8, stepUp());
      fresh.validate('mfaReAuthenticateByOTP', 200, 'application/json', { bad: i });
    }
    expect(validatorCompileCount(fresh)).toBe(1);
    fresh.validate('mfaReAuthenticateByOTP', 500, JSON_UTF8, envelope());
    fresh.validateParameter('mfaReAuthenticate', 'query', 'isvoiceotp', 'true');
    fresh.validateParameter('mfaReAuthenticate', 'query', 'isvoiceotp', 'nope');
    expect(validatorCompileCount(fresh)).toBe(3);
  });

  test('a different contract object gets its own validator', () => {
    const fake = { ...contract };
    expect(contractValidator(fake)).not.toBe(validator);
    expect(validatorCompileCount(contractValidator(fake))).toBe(0);
  });
});

// Helpers

function failed(result: ValidationResult): Extract<ValidationResult, { ok: false }> {
  if (result.ok) throw new Error('expected a failed validation, got ok');
  return result;
}

function exampleOf(operationId: OperationId, status: string): unknown {
  const example = contract.operation(operationId).responses[status]?.content['application/json']?.examples[0];
  if (example === undefined) throw new Error(`no example for ${operationId} ${status}`);
  return structuredClone(example);
}
