/**
 * Every error the mock can answer, with the status and texts fixed in the team brief's table.
 * Static envelopes are serialised once at load (hot path: the bytes are reused per request).
 */
import type { MockResponse } from './mockTypes.ts';

interface ErrorEntry {
  readonly status: number;
  readonly message: string;
  readonly description: string;
}

const LOCKED = 'Your account has been locked';

/** The vendor's one code for every parameter problem (908); only the description tells them apart. */
const badParameter = (description: string) => ({ code: 908, status: 400, message: 'A parameter is not formatted correctly', description });
const missing = (name: string) => badParameter(`The ${name} is a required parameter.`);

/** Keyed by a name (not the code) because some codes (908) carry several descriptions. */
const ERRORS = {
  apikeyMissing: missing('apikey'),
  apikeyInvalid: {
    code: 901,
    status: 403,
    message: 'API key is invalid',
    description: 'The provided LoginRadius API key is invalid, please use a valid API key of your LoginRadius account.',
  },
  tokenMissing: {
    code: 1060,
    status: 400,
    message: 'Access token is missing',
    description:
      'The access token is a required parameter: send it as an "Authorization: Bearer <token>" header or as the access_token query parameter.',
  },
  tokenInvalid: {
    code: 905,
    status: 403,
    message: 'Access token is invalid',
    description: 'The provided access token is invalid or has been revoked.',
  },
  tokenExpired: {
    code: 906,
    status: 403,
    message: 'Access token has expired',
    description: 'The provided access token has expired, please log in again to get a new token.',
  },
  isVoiceOtpInvalid: badParameter('The isvoiceotp parameter must be a boolean (true or false).'),
  voiceOtpDisabled: {
    code: 1281,
    status: 403,
    message: 'Voice OTP is not enabled',
    description: 'Voice OTP is not configured for this app, please enable it or send isvoiceotp=false.',
  },
  bodyNotJson: { code: 1079, status: 400, message: 'Payload is not valid', description: 'The request body must be a JSON object.' },
  contentType: {
    code: 1083,
    status: 400,
    message: 'Unsupported content type',
    description: 'The Content-Type is not supported, please use application/json or application/x-www-form-urlencoded.',
  },
  otpMissing: missing('otp'),
  fieldValidation: {
    code: 1134,
    status: 403,
    message: 'Validation failed',
    description: 'One or more request fields are invalid, see Errors for details.',
  },
  otpInvalid: {
    code: 1067,
    status: 403,
    message: 'Invalid OTP Code',
    description: 'The OTP code is invalid, please request for a new OTP.',
  },
  otpUsed: {
    code: 1068,
    status: 403,
    message: 'OTP already used',
    description: 'The OTP code has already been used, please request for a new OTP.',
  },
  otpExpired: { code: 1069, status: 403, message: 'OTP expired', description: 'The OTP code has expired, please request for a new OTP.' },
  lockedSuspend: {
    code: 1198,
    status: 403,
    message: LOCKED,
    description: 'Your account has been locked, please try again after sometime.',
  },
  lockedCaptcha: {
    code: 1132,
    status: 403,
    message: LOCKED,
    description: 'Your account has been locked, please solve the captcha to continue.',
  },
  lockedSecurityQuestion: {
    code: 1148,
    status: 403,
    message: LOCKED,
    description: 'Your account has been locked, please answer your security question to continue.',
  },
  lockedBlock: {
    code: 991,
    status: 403,
    message: 'Account is blocked',
    description: 'Your account has been blocked, please contact the administrator.',
  },
  captchaInvalid: {
    code: 982,
    status: 403,
    message: 'Invalid captcha',
    description: 'The captcha response is invalid, please solve the captcha again.',
  },
  qqCaptchaInvalid: {
    code: 1218,
    status: 403,
    message: 'Invalid captcha',
    description: 'The QQ captcha ticket or random string is invalid or missing its pair.',
  },
  securityAnswerWrong: {
    code: 1093,
    status: 403,
    message: 'Invalid security answer',
    description: 'The answer to the security question is incorrect.',
  },
  securityQuestionUnknown: {
    code: 1094,
    status: 403,
    message: 'Invalid security question',
    description: 'The security question id is not set on this account.',
  },
  // Credential endpoints (login, tokens, account update).
  emailMissing: missing('email'),
  passwordMissing: missing('password'),
  loginInvalid: {
    code: 1200,
    status: 403,
    message: 'Invalid login credentials',
    description: 'The email and password combination you have entered is invalid.',
  },
  sfaTokenMissing: missing('secondfactorauthenticationtoken'),
  sfaTokenInvalid: { code: 1103, status: 403, message: 'Invalid token', description: 'The SecondFactorAuthenticationToken is invalid.' },
  sfaTokenExpired: { code: 1104, status: 403, message: 'Token expired', description: 'The SecondFactorAuthenticationToken has expired.' },
  authenticatorCodeMissing: missing('authenticatorcode'),
  authenticatorCodeWrong: {
    code: 1102,
    status: 403,
    message: 'Invalid authenticator code',
    description: 'The authenticator code is incorrect, please try again.',
  },
  apiSecretMissing: missing('apisecret'),
  apiSecretInvalid: {
    code: 902,
    status: 401,
    message: 'The API secret is unauthorized',
    description: 'The provided LoginRadius API secret is invalid or is not authorized, please use a valid API secret.',
  },
  uidMissing: missing('uid'),
  uidUnknown: badParameter('The uid does not belong to an account of this app.'),
  refreshTokenMissing: missing('refresh_token'),
  refreshTokenInvalid: {
    code: 905,
    status: 403,
    message: 'Refresh token is invalid',
    description: 'The provided refresh token is invalid or has already been used.',
  },
  refreshTokenExpired: { code: 906, status: 403, message: 'Refresh token has expired', description: 'The refresh token has expired.' },
  rateLimited: {
    code: 429,
    status: 429,
    message: 'Too many requests in a particular time frame',
    description: 'Too many requests in a particular time frame, please retry after the Retry-After interval.',
  },
  notFound: {
    code: 404,
    status: 404,
    message: 'Resource not found',
    description: 'The requested path is not an API endpoint of this service.',
  },
  methodNotAllowed: {
    code: 405,
    status: 405,
    message: 'Method not allowed',
    description: 'This HTTP method is not supported on this path, see the Allow header.',
  },
  payloadTooLarge: {
    code: 413,
    status: 413,
    message: 'Payload too large',
    description: 'The request body exceeds the maximum allowed size.',
  },
  badRequest: { code: 400, status: 400, message: 'Bad request', description: 'The HTTP request could not be parsed.' },
  internal: { code: 950, status: 500, message: 'Unknown error', description: 'An unknown error has occurred, please try again.' },
} as const satisfies Record<string, ErrorEntry & { code: number }>;

export type ErrorName = keyof typeof ERRORS;

export function envelope(name: ErrorName, extra?: { Errors?: unknown[]; Data?: Record<string, unknown> }): Record<string, unknown> {
  const e = ERRORS[name];
  return {
    ErrorCode: e.code,
    Message: e.message,
    Description: e.description,
    IsProviderError: false,
    ProviderErrorResponse: null,
    ...extra,
  };
}

const prebuilt = new Map<ErrorName, MockResponse>(
  (Object.keys(ERRORS) as ErrorName[]).map((name) => {
    const body = envelope(name);
    return [name, { status: ERRORS[name].status, body, json: JSON.stringify(body), errorCode: ERRORS[name].code }];
  }),
);

/** The error response for `name`; static ones are shared, so callers must not mutate them. */
export function errorResponse(
  name: ErrorName,
  extra?: { Errors?: unknown[]; Data?: Record<string, unknown> },
  headers?: Record<string, string>,
): MockResponse {
  if (!extra && !headers) return prebuilt.get(name)!;
  const body = envelope(name, extra);
  return { status: ERRORS[name].status, body, errorCode: ERRORS[name].code, ...(headers ? { headers } : {}) };
}
