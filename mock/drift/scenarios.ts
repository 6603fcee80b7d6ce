/**
 * Every vendor-drift scenario the mock can simulate, in one ordered list. A scenario is data plus at
 * most one small transformation: `behaviour` flips a decision knob of the pipeline (auth, lockout, OTP),
 * `transform` rewrites the finished response, `latencyMs` delays it. They compose in list order.
 * The harness must catch each one; tests/mock/drift/scenarios.test.ts proves each has its effect.
 */
import { JSON_CONTENT_TYPE } from '../http/mockTypes.ts';
import type { MockOperationId, MockRequest, MockResponse } from '../http/mockTypes.ts';

export interface DriftBehaviour {
  /** false: a missing apikey is treated as the first tenant's key. */
  readonly requireApiKey: boolean;
  /** false: a missing/bad token is treated as the tenant's positive user. */
  readonly enforceAuth: boolean;
  readonly enforceLockout: boolean;
  /** true: a wrong OTP (1067) is accepted. */
  readonly acceptWrongOtp: boolean;
}

export interface DriftContext {
  readonly operationId: MockOperationId;
  readonly request: MockRequest;
  /** Lower-cased top-level body keys (PUTs with a parsed JSON/form body). */
  readonly body?: ReadonlyMap<string, unknown>;
}

export interface DriftScenario {
  readonly id: string;
  readonly description: string;
  readonly affects: readonly MockOperationId[];
  readonly behaviour?: Partial<DriftBehaviour>;
  readonly transform?: (response: MockResponse, ctx: DriftContext) => MockResponse;
  readonly latencyMs?: number;
}

const ALL: readonly MockOperationId[] = ['mfaReAuthenticate', 'mfaUpdateSetting', 'mfaReAuthenticateByOTP'];
const PUTS: readonly MockOperationId[] = ['mfaUpdateSetting', 'mfaReAuthenticateByOTP'];

const isError = (r: MockResponse): boolean => r.errorCode !== undefined;
const asRecord = (body: unknown): Record<string, unknown> => ({ ...(body as Record<string, unknown>) });
const withBody = (r: MockResponse, body: unknown): MockResponse => ({ ...r, body, json: undefined });

function mapSuccess(r: MockResponse, edit: (body: Record<string, unknown>) => void): MockResponse {
  if (r.status !== 200 || isError(r) || typeof r.body !== 'object' || r.body === null) return r;
  const body = asRecord(r.body);
  edit(body);
  return withBody(r, body);
}

function mapError(r: MockResponse, edit: (body: Record<string, unknown>) => Record<string, unknown>): MockResponse {
  return isError(r) ? withBody(r, edit(asRecord(r.body))) : r;
}

const HTML_500 =
  '<!DOCTYPE html><html><head><title>500 - Internal server error.</title></head><body><h1>Server Error</h1><h2>500 - Internal server error.</h2></body></html>';

function triggersHtml500(ctx: DriftContext): boolean {
  if ((ctx.request.query.get('smstemplate2fa') ?? '') !== '') return true;
  const otp = ctx.body?.get('otp');
  return typeof otp === 'string' && /\D/.test(otp);
}

export const DRIFT_SCENARIOS = [
  {
    id: 'field-renamed',
    description: 'Step-up token key SecondFactorValidationToken is renamed to SecondFactorValidation_Token.',
    affects: ['mfaReAuthenticateByOTP'],
    transform: (r) =>
      mapSuccess(r, (b) => {
        b['SecondFactorValidation_Token'] = b['SecondFactorValidationToken'];
        delete b['SecondFactorValidationToken'];
      }),
  },
  {
    id: 'type-changed',
    description: 'Error envelopes carry ErrorCode as a string ("1067") instead of an integer.',
    affects: ALL,
    transform: (r) => mapError(r, (b) => ({ ...b, ErrorCode: String(b['ErrorCode']) })),
  },
  {
    id: 'required-field-dropped',
    description: 'The step-up token response no longer contains the required ExpireIn.',
    affects: ['mfaReAuthenticateByOTP'],
    transform: (r) =>
      mapSuccess(r, (b) => {
        delete b['ExpireIn'];
      }),
  },
  {
    id: 'camelcase-error-envelope',
    description: 'Error envelopes use camelCase keys (errorCode, message, description, …).',
    affects: ALL,
    transform: (r) =>
      mapError(r, (b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k.charAt(0).toLowerCase() + k.slice(1), v]))),
  },
  {
    id: 'error-with-status-200',
    description: 'A wrong OTP (1067) is answered with HTTP 200 carrying the error envelope.',
    affects: PUTS,
    transform: (r) => (r.errorCode === 1067 ? { ...r, status: 200 } : r),
  },
  {
    id: 'undocumented-status',
    description: 'Client errors (4xx except 429) are answered with the undocumented status 422.',
    affects: ALL,
    transform: (r) => (isError(r) && r.status >= 400 && r.status < 500 && r.status !== 429 ? { ...r, status: 422 } : r),
  },
  {
    id: 'html-500',
    description: 'A non-empty smstemplate2fa or an otp with non-digits yields a 500 HTML error page.',
    affects: ALL,
    transform: (r, ctx) => (triggersHtml500(ctx) ? { status: 500, body: HTML_500, contentType: 'text/html; charset=utf-8' } : r),
  },
  {
    id: 'wrong-content-type',
    description: 'JSON bodies are labelled text/plain instead of application/json.',
    affects: ALL,
    transform: (r) => ((r.contentType ?? JSON_CONTENT_TYPE) === JSON_CONTENT_TYPE ? { ...r, contentType: 'text/plain; charset=utf-8' } : r),
  },
  {
    id: 'apikey-not-required',
    description: 'A request without apikey is served as if it carried the default tenant key.',
    affects: ALL,
    behaviour: { requireApiKey: false },
  },
  {
    id: 'auth-ignored',
    description: 'A missing, invalid, revoked or expired access token is accepted.',
    affects: ALL,
    behaviour: { enforceAuth: false },
  },
  {
    id: 'lockout-not-enforced',
    description: 'Locked accounts are served as if unlocked (brute-force protection off).',
    affects: ALL,
    behaviour: { enforceLockout: false },
  },
  {
    id: 'wrong-otp-accepted',
    description: 'Any well-formed but wrong OTP is accepted as correct.',
    affects: PUTS,
    behaviour: { acceptWrongOtp: true },
  },
  // Past the harness's default 2000 ms max_response_time; on the trigger only, so a run stays short.
  {
    id: 'latency-regression',
    description: 'The step-up trigger (GET) answers 2500 ms later than before.',
    affects: ['mfaReAuthenticate'],
    latencyMs: 2500,
  },
  // Every profile field is optional in the contract (a projection may omit any): only a baseline
  // recorded per request class sees the full profile lose them.
  {
    id: 'full-profile-fields-dropped',
    description: 'The full profile (no fields projection) loses every field it always sent except Uid and ID.',
    affects: ['mfaUpdateSetting'],
    transform: (r, ctx) =>
      (ctx.request.query.get('fields') ?? '').trim() !== ''
        ? r
        : mapSuccess(r, (b) => {
            for (const key of Object.keys(b)) if (key !== 'Uid' && key !== 'ID') delete b[key];
          }),
  },
  {
    id: 'additive-field',
    description: 'MFA settings gain a new undocumented field IsBiometricAuthenticatorVerified.',
    affects: ['mfaReAuthenticate'],
    transform: (r) =>
      mapSuccess(r, (b) => {
        b['IsBiometricAuthenticatorVerified'] = false;
      }),
  },
] as const satisfies readonly DriftScenario[];

export type DriftId = (typeof DRIFT_SCENARIOS)[number]['id'];
export const DRIFT_IDS: readonly DriftId[] = DRIFT_SCENARIOS.map((s) => s.id);
