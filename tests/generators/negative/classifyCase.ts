/**
 * An independent oracle for the generator laws: which rules does a case break? Written from the
 * team brief's decided behaviour table and the contract (through the validator), not from the
 * generator code. A positive case must classify as [], a negative case as exactly [its rule].
 * Anything the oracle cannot place is reported as `unexplained:<what>`.
 */
import type { Case } from '../../../engine/case/case.ts';
import type { OperationSpec } from '../../../engine/contract/types.ts';
import type { ContractValidator } from '../../../engine/validation/contractValidator.ts';
import { totpCode } from '../../../loginradius/index.ts';
import type { LoginRadiusGenerationContext } from '../../../loginradius/index.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const lower = (s: string) => s.toLowerCase();

function classifyApiKey(c: Case, ctx: LoginRadiusGenerationContext): string[] {
  const values = c.query.filter(([n]) => lower(n) === 'apikey').map(([, v]) => v);
  if (values.length > 1) return new Set(values).size > 1 ? ['duplicate-parameter'] : ['unexplained:same-value-duplicate'];
  const value = values[0];
  if (value === undefined) return Object.keys(c.headers).some((h) => /apikey/i.test(h)) ? ['apikey-in-header'] : ['missing-apikey'];
  if (value === '') return ['empty-apikey'];
  if (value.trim() === '') return ['whitespace-apikey'];
  if (!UUID.test(value)) return ['wrong-format'];
  if (lower(value) === lower(ctx.credentials.apiKey)) return [];
  if (ctx.credentials.unauthorisedApiKey !== undefined && lower(value) === lower(ctx.credentials.unauthorisedApiKey))
    return ['unauthorised-apikey'];
  return ['wrong-apikey'];
}

function classifyTokenValue(token: string, ctx: LoginRadiusGenerationContext, inQuery: boolean): string[] {
  const cr = ctx.credentials;
  if (token === cr.accessToken) return [];
  if (token === cr.expiredAccessToken) return ['expired-token'];
  if (token === cr.revokedAccessToken) return ['revoked-token'];
  if (!UUID.test(token)) return [inQuery ? 'wrong-format' : 'malformed-token'];
  return ['unexplained:unknown-guid-token'];
}

function classifyToken(c: Case, ctx: LoginRadiusGenerationContext): string[] {
  const query = c.query.filter(([n]) => lower(n) === 'access_token').map(([, v]) => v);
  if (query.length > 1) return ['duplicate-parameter'];
  const headerKey = Object.keys(c.headers).find((h) => lower(h) === 'authorization');
  const header = headerKey === undefined ? undefined : c.headers[headerKey]!;
  if (header !== undefined) {
    const match = /^(\S+) (.+)$/.exec(header);
    if (match === null || lower(match[1]!) !== 'bearer')
      return query.length > 0 ? ['unexplained:wrong-scheme-with-query-token'] : ['wrong-auth-scheme'];
    const fromHeader = classifyTokenValue(match[2]!, ctx, false);
    // The header wins; a query token next to it must still be schema-valid (it is the same valid token in positives).
    if (query[0] !== undefined && query[0] !== match[2]) return ['unexplained:different-header-and-query-tokens'];
    return fromHeader;
  }
  if (query[0] === undefined) return ['missing-token'];
  return classifyTokenValue(query[0], ctx, true);
}

function classifyOtherQuery(c: Case, op: OperationSpec, validator: ContractValidator): string[] {
  const out: string[] = [];
  const seen = new Map<string, string[]>();
  for (const [name, value] of c.query) {
    const n = lower(name);
    if (n === 'apikey' || n === 'access_token') continue;
    seen.set(n, [...(seen.get(n) ?? []), value]);
  }
  for (const [name, values] of seen) {
    if (!op.parameters.some((p) => p.in === 'query' && lower(p.name) === name)) {
      out.push(`unexplained:undocumented-query-${name}`);
      continue;
    }
    if (values.length > 1) {
      out.push(name === 'isvoiceotp' ? 'duplicate-parameter' : `unexplained:duplicate-${name}`);
      continue;
    }
    const value = values[0]!;
    if (name === 'isvoiceotp') {
      if (/^true$/i.test(value)) out.push('unexplained:isvoiceotp-true');
      else if (value !== '' && !/^false$/i.test(value)) {
        out.push('invalid-isvoiceotp');
        if (validator.validateParameter(op.operationId, 'query', name, value).ok)
          out.push('unexplained:validator-accepts-invalid-isvoiceotp');
      }
      continue;
    }
    if (!validator.validateParameter(op.operationId, 'query', name, value).ok) out.push(`unexplained:invalid-${name}`);
  }
  return out;
}

function classifyBody(c: Case, op: OperationSpec, ctx: LoginRadiusGenerationContext, validator: ContractValidator): string[] {
  if (op.requestBody === undefined) return c.body.kind === 'none' ? [] : ['unexplained:body-on-bodiless-operation'];
  if (c.body.kind === 'none') return ['unexplained:missing-body'];
  const jsonType = /^application\/json\s*(;|$)/i.test(c.body.mediaType ?? '');
  if (c.body.kind === 'raw') {
    if (!jsonType) return ['wrong-content-type'];
    if (c.body.text === '') return ['empty-body'];
    try {
      JSON.parse(c.body.text);
      return ['unexplained:raw-but-valid-json'];
    } catch {
      return ['malformed-json'];
    }
  }
  if (!jsonType) return ['unexplained:json-with-other-media-type'];
  const body = c.body.value;
  const schemaOk = validator.validateRequestBody(op.operationId, c.body.mediaType, body).ok;
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return schemaOk ? ['unexplained:non-object-accepted'] : ['wrong-type'];
  const keys = Object.keys(body).map(lower);
  if (new Set(keys).size !== keys.length) return ['unexplained:case-insensitive-duplicate-keys'];
  const record = body as Record<string, unknown>;
  const out: string[] = [];
  const otp = record.otp;
  const typed = (k: string, t: string) => record[k] === undefined || typeof record[k] === t;
  const sa = record.securityanswer;
  const saOk =
    sa === undefined ||
    (typeof sa === 'object' && sa !== null && !Array.isArray(sa) && Object.values(sa).every((v) => typeof v === 'string'));
  const captchaOk = ['g-recaptcha-response', 'h-captcha-response', 'qq_captcha_ticket', 'qq_captcha_randstr'].every((k) =>
    typed(k, 'string'),
  );
  if (otp === undefined) out.push('missing-required-body-field');
  else if (typeof otp !== 'string' || !saOk || !captchaOk) out.push('wrong-type');
  else if (otp === '') out.push('out-of-range');
  else if (otp.length >= 16 * 1024) out.push('oversized-value');
  else {
    const now = ctx.clock();
    const accepted = [-1, 0, 1].map((o) => totpCode(ctx.credentials.totpSecret, now, o));
    const older = [-10, -9, -8, -7, -6, -5, -4, -3, -2].map((o) => totpCode(ctx.credentials.totpSecret, now, o));
    if (older.includes(otp) && !accepted.includes(otp)) out.push('stale-otp');
    else if (!accepted.includes(otp)) out.push('wrong-otp');
  }
  if (out.length === 0 && (!saOk || !captchaOk)) out.push('wrong-type');
  // Schema-level rules must be visible to ajv, everything else must leave the body schema-valid.
  const schemaLevel = out.some((r) => ['missing-required-body-field', 'wrong-type', 'out-of-range'].includes(r));
  if (schemaLevel === schemaOk)
    out.push(schemaOk ? 'unexplained:validator-accepts-schema-violation' : 'unexplained:validator-rejects-body');
  return out;
}

export function classifyCase(c: Case, op: OperationSpec, ctx: LoginRadiusGenerationContext, validator: ContractValidator): string[] {
  const out: string[] = [];
  if (c.operationId !== op.operationId || c.method !== op.method) out.push('unexplained:operation');
  if (lower(c.path) !== lower(op.path)) out.push('unexplained:path');
  out.push(
    ...classifyApiKey(c, ctx),
    ...classifyToken(c, ctx),
    ...classifyOtherQuery(c, op, validator),
    ...classifyBody(c, op, ctx, validator),
  );
  // A schema-level verdict on a credential parameter must agree with the validator.
  for (const [name, value] of c.query) {
    const n = lower(name);
    if (n !== 'apikey' && n !== 'access_token') continue;
    const ok = validator.validateParameter(op.operationId, 'query', name, value).ok;
    if (ok !== UUID.test(value)) out.push(`unexplained:validator-disagrees-on-${n}`);
  }
  return [...new Set(out)];
}
