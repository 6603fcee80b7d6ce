/**
 * Step 3 for the PUTs: request shape. Content-Type (1083), JSON object (1079), field types (1134 with
 * Errors[]), otp presence (908). Body keys are matched case-insensitively; unknown keys are ignored;
 * a numeric otp is coerced to a string (as the vendor's .NET binder does).
 */
import { errorResponse } from '../http/errorCatalogue.ts';
import { parseQueryString } from '../http/parseRequestLine.ts';
import type { MockResponse } from '../http/mockTypes.ts';
import type { PipelineContext } from './pipelineContext.ts';

export interface OtpBody {
  readonly otp: string;
  readonly recaptcha?: string;
  readonly hcaptcha?: string;
  readonly qqTicket?: string;
  readonly qqRandstr?: string;
  readonly securityAnswer?: Readonly<Record<string, string>>;
}

const STRING_FIELDS = [
  ['g-recaptcha-response', 'recaptcha'],
  ['h-captcha-response', 'hcaptcha'],
  ['qq_captcha_ticket', 'qqTicket'],
  ['qq_captcha_randstr', 'qqRandstr'],
] as const;

function readBodyMap(ctx: PipelineContext): Map<string, unknown> | MockResponse {
  const type = (ctx.request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const text = ctx.request.rawBody ? ctx.request.rawBody.toString('utf8') : '';
  if (type === 'application/x-www-form-urlencoded') return parseQueryString(text);
  if (type !== 'application/json') return errorResponse('contentType');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return errorResponse('bodyNotJson');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return errorResponse('bodyNotJson');
  const map = new Map<string, unknown>();
  for (const key of Object.keys(parsed)) map.set(key.toLowerCase(), (parsed as Record<string, unknown>)[key]);
  return map;
}

export function parseOtpBody(ctx: PipelineContext): OtpBody | MockResponse {
  const map = readBodyMap(ctx);
  if (!(map instanceof Map)) return map;
  ctx.body = map;
  const errors: Array<{ FieldName: string; ErrorMessage: string }> = [];
  const out: Record<string, unknown> = {};

  const rawOtp = map.get('otp');
  let otp = '';
  if (typeof rawOtp === 'string') otp = rawOtp;
  else if (typeof rawOtp === 'number') otp = String(rawOtp);
  else if (rawOtp !== undefined && rawOtp !== null) errors.push({ FieldName: 'otp', ErrorMessage: 'The otp field must be a string.' });

  for (const [key, name] of STRING_FIELDS) {
    const value = map.get(key);
    if (typeof value === 'string') {
      if (value !== '') out[name] = value;
    } else if (value !== undefined && value !== null) errors.push({ FieldName: key, ErrorMessage: `The ${key} field must be a string.` });
  }

  const answers = map.get('securityanswer');
  if (answers !== undefined && answers !== null) {
    const ok = typeof answers === 'object' && !Array.isArray(answers) && Object.values(answers).every((v) => typeof v === 'string');
    if (ok) out['securityAnswer'] = answers;
    else
      errors.push({
        FieldName: 'securityanswer',
        ErrorMessage: 'The securityanswer field must be an object of question id to answer strings.',
      });
  }

  if (errors.length) return errorResponse('fieldValidation', { Errors: errors });
  if (otp === '') return errorResponse('otpMissing');
  return { otp, ...out } as OtpBody;
}
