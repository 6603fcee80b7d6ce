/**
 * The contract document itself: lints clean, covers every decided status with error codes,
 * describes every Identity field from the research notes, and records its decisions.
 */
import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { operationIds } from '../../loginradius/contract/operationIds.ts';
import { SOCIAL_PROFILE_FIELDS, USER_PROFILE_FIELDS, FIELD_TYPES } from './identityFields.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const file = resolve(root, 'openapi', 'loginradius-mfa.yaml');
const doc = parse(readFileSync(file, 'utf8')) as Record<string, any>;
const STATUSES = ['200', '400', '401', '403', '429', '500'];

test('redocly lint reports 0 errors and 0 warnings with the repo config', () => {
  // Arrange
  const bin = resolve(root, 'node_modules', '.bin', 'redocly');
  // Act
  const run = spawnSync(bin, ['lint', file, '--config', resolve(root, 'redocly.yaml'), '--format=json'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
  // Assert
  const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as {
    totals: { errors: number; warnings: number };
    problems: unknown[];
  };
  expect(report.problems).toEqual([]);
  expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  expect(run.status).toBe(0);
});

test('exactly the three decided operations, on the decided methods and paths', () => {
  const found = Object.entries(doc.paths as Record<string, Record<string, any>>).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => `${op.operationId} ${method.toUpperCase()} ${path}`),
  );
  expect(found.sort()).toEqual([
    'mfaReAuthenticate GET /identity/v2/auth/account/reauth/2fa',
    'mfaReAuthenticateByOTP PUT /identity/v2/auth/account/reauth/2fa/otp',
    'mfaUpdateSetting PUT /identity/v2/auth/account/2fa/verification/otp',
  ]);
  expect(found.map((f) => f.split(' ')[0]).sort()).toEqual([...operationIds()].sort());
});

for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
  for (const op of Object.values(item)) {
    test(`${op.operationId} documents 200/400/401/403/429/500 with x-error-codes on every error status`, () => {
      const responses = op.responses as Record<string, any>;
      expect(Object.keys(responses).sort()).toEqual(STATUSES);
      for (const status of STATUSES.slice(1)) {
        const response = deref(responses[status]);
        expect(response['x-error-codes'], `${path} ${status}`).toEqual(expect.arrayContaining([expect.any(Number)]));
        expect(Object.keys(response.content)).toEqual(['application/json']);
      }
      expect(deref(responses['429']).headers['Retry-After']).toBeDefined();
      expect(deref(deref(responses['429']).headers['Retry-After']).schema).toEqual({ type: 'integer', minimum: 0 });
    });
  }
}

test('x-error-codes follow the decided status table', () => {
  const codes = (id: string, status: string) => {
    const op = Object.values(doc.paths as Record<string, Record<string, any>>)
      .flatMap((i) => Object.values(i))
      .find((o) => o.operationId === id);
    return [...(deref(op.responses[status])['x-error-codes'] as number[])].sort((a, b) => a - b);
  };
  expect(codes('mfaReAuthenticate', '400')).toEqual([908, 1060]);
  expect(codes('mfaReAuthenticate', '403')).toEqual(expect.arrayContaining([901, 905, 906, 908, 1281, 2024]));
  expect(codes('mfaReAuthenticate', '500')).toEqual([950, 7909]); // 7909: the trigger's own vendor page
  const otpChecks = [901, 905, 906, 908, 982, 991, 1067, 1068, 1069, 1070, 1093, 1094, 1097, 1132, 1134, 1148, 1198, 1218, 2024];
  expect(codes('mfaUpdateSetting', '403')).toEqual(otpChecks);
  expect(codes('mfaReAuthenticateByOTP', '403')).toEqual([...otpChecks, 1191].sort((a, b) => a - b));
  for (const id of ['mfaUpdateSetting', 'mfaReAuthenticateByOTP']) {
    expect(codes(id, '400')).toEqual([908, 1060, 1079, 1083, 1090]);
    expect(codes(id, '429')).toEqual([429]);
    expect(codes(id, '500')).toEqual([950, 7909]);
  }
});

test('every Identity field named in the research notes exists in the schema', () => {
  const identity = doc.components.schemas.Identity;
  const missing = [...USER_PROFILE_FIELDS, ...SOCIAL_PROFILE_FIELDS].filter((field) => fieldSchema(identity, field) === undefined);
  expect(missing).toEqual([]);
  // Identities items are the social profile, so social fields exist there too.
  const identities = fieldSchema(identity, 'Identities');
  expect(SOCIAL_PROFILE_FIELDS.filter((f) => fieldSchema(deref(identities.items), f) === undefined)).toEqual([]);
});

test('profile fields are nullable, typed as the SDK models say, and none is required (fields projection)', () => {
  const identity = doc.components.schemas.Identity;
  expect(identity.required).toBeUndefined();
  expect(typesOf(fieldSchema(identity, 'Uid'))).toEqual(['string']);
  const notNullable = [...USER_PROFILE_FIELDS, ...SOCIAL_PROFILE_FIELDS]
    .filter((f) => f !== 'Uid' && f !== 'ID')
    .filter((f) => !typesOf(fieldSchema(identity, f)).includes('null'));
  expect(notNullable).toEqual([]);
  for (const [field, type] of FIELD_TYPES) expect(typesOf(fieldSchema(identity, field)), field).toContain(type);
});

test('the mfaUpdateSetting example is a full profile: every top-level Identity field is present', () => {
  const op = Object.values(doc.paths as Record<string, Record<string, any>>)
    .flatMap((i) => Object.values(i))
    .find((o) => o.operationId === 'mfaUpdateSetting');
  const example = deref(op.responses['200'].content['application/json'].examples.fullProfile).value as Record<string, unknown>;
  const topLevel = new Set([...USER_PROFILE_FIELDS, ...SOCIAL_PROFILE_FIELDS].map((f) => f.split(/[.[]/)[0]));
  expect([...topLevel].filter((name) => !(name! in example))).toEqual([]);
  expect(Object.keys(example).sort()).toEqual([...topLevel].sort());
});

test('MFA settings require the two flags of every documented key set; the newer two are a marked ambiguity (D8)', () => {
  const settings = doc.components.schemas.MfaSettings;
  expect([...settings.required].sort()).toEqual(['IsGoogleAuthenticatorVerified', 'IsOTPAuthenticatorVerified']);
  expect(settings.properties.IsGoogleAuthenticatorVerified.type).toBe('boolean');
  expect(settings.properties.IsOTPAuthenticatorVerified.type).toEqual(['boolean', 'null']); // D5: null per the SMS overview
  const keySet = settings['x-ambiguity'].find((m: any) => m.id === 'D8-key-set');
  expect(keySet.forms.map((f: any) => f.name)).toEqual(['current-key-set', 'legacy-key-set']);
  expect(keySet.forms[0].schema.required.sort()).toEqual(['IsEmailOtpAuthenticatorVerified', 'IsSecurityQuestionAuthenticatorVerified']);
  expect(doc.components.schemas.StepUpToken.required).toEqual(['SecondFactorValidationToken', 'ExpireIn']);
});

test('secrets are marked x-secret: apikey, access_token, otp, securityanswer and every captcha field', () => {
  expect(doc.components.parameters.apikey['x-secret']).toBe(true);
  expect(doc.components.parameters.access_token['x-secret']).toBe(true);
  const body = doc.components.schemas.OtpVerificationRequest.properties;
  const unmarked = [
    'otp',
    'securityanswer',
    'g-recaptcha-response',
    'qq_captcha_ticket',
    'qq_captcha_randstr',
    'h-captcha-response',
  ].filter((k) => body[k]?.['x-secret'] !== true);
  expect(unmarked).toEqual([]);
});

test('x-decisions are complete records and every (Dn) cited in the text exists', () => {
  const decisions = doc['x-decisions'] as Array<Record<string, unknown>>;
  expect(decisions.length).toBeGreaterThanOrEqual(20);
  for (const d of decisions)
    for (const key of ['id', 'topic', 'choice', 'reason']) expect(typeof d[key], `${String(d.id)}.${key}`).toBe('string');
  const ids = new Set(decisions.map((d) => d.id));
  expect(ids.size).toBe(decisions.length);
  const cited = [...readFileSync(file, 'utf8').matchAll(/\bD(\d+)\b/g)].map((m) => `D${m[1]}`);
  expect(cited.filter((id) => !ids.has(id))).toEqual([]);
});

// Helpers

function deref(node: any): any {
  let current = node;
  while (current && typeof current.$ref === 'string') {
    current = current.$ref
      .slice(2)
      .split('/')
      .reduce((n: any, k: string) => n?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
  }
  return current;
}

/** The schema of `A.B` / `A[].B` under `schema`, following $ref and allOf; undefined when absent. */
function fieldSchema(schema: any, field: string): any {
  let current = schema;
  for (const part of field.split('.')) {
    const isArray = part.endsWith('[]');
    current = propertyOf(current, isArray ? part.slice(0, -2) : part);
    if (current === undefined) return undefined;
    if (isArray) current = deref(current.items);
  }
  return current;
}

function propertyOf(schema: any, name: string): any {
  const s = deref(schema);
  if (!s) return undefined;
  const own = s.properties?.[name];
  if (own) return deref(own);
  for (const part of s.allOf ?? []) {
    const found = propertyOf(part, name);
    if (found) return found;
  }
  return undefined;
}

function typesOf(schema: any): string[] {
  return Array.isArray(schema?.type) ? schema.type : [schema?.type];
}

test('every x-ambiguity marker names a decision, at least two forms and a source for each', () => {
  const markers: any[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) k === 'x-ambiguity' ? markers.push(...[v].flat()) : visit(v);
  };
  visit(doc);
  expect(markers.length).toBeGreaterThanOrEqual(10);
  const decisions = new Set((doc['x-decisions'] as Array<{ id: string }>).map((d) => d.id));
  for (const m of markers) {
    expect(decisions.has(String(m.id).split('-')[0] ?? ''), String(m.id)).toBe(true);
    expect(m.forms.length, m.id).toBeGreaterThanOrEqual(2);
    for (const f of m.forms)
      expect(typeof f.name === 'string' && typeof f.source === 'string' && f.source.length > 0, `${m.id}.${f.name}`).toBe(true);
  }
});
