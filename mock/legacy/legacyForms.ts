/**
 * A tenant that answers in the forms the vendor's own doc examples show instead of the SDK types:
 * Country as a plain name, PhoneNumbers as one bare number, the trigger's legacy key set without the
 * token and the two newer flags, and error envelopes without IsProviderError/ProviderErrorResponse.
 * Every form is one the contract documents, so a run against it has warnings, never failures.
 */
import type { MockOperationId, MockResponse } from '../http/mockTypes.ts';

type Body = Record<string, unknown>;

const isObject = (v: unknown): v is Body => typeof v === 'object' && v !== null && !Array.isArray(v);
const withBody = (r: MockResponse, body: Body): MockResponse => ({ ...r, body, json: undefined });

function legacyProfile(profile: Body): Body {
  const out = { ...profile };
  const country = out['Country'];
  if (isObject(country)) out['Country'] = country['Name'] ?? country['Code'] ?? null;
  const phones = out['PhoneNumbers'];
  if (Array.isArray(phones)) {
    const digits = String((phones[0] as Body | undefined)?.['PhoneNumber'] ?? '').replace(/\D/g, '');
    out['PhoneNumbers'] = digits === '' ? null : Number(digits);
  }
  return out;
}

function legacySettings(settings: Body): Body {
  const {
    SecondFactorAuthenticationToken: _token,
    IsEmailOtpAuthenticatorVerified: _email,
    IsSecurityQuestionAuthenticatorVerified: _questions,
    ...rest
  } = settings;
  return rest;
}

export function legacyForms(response: MockResponse, operationId: MockOperationId): MockResponse {
  const body = response.body;
  if (!isObject(body)) return response;
  if (response.errorCode !== undefined) {
    const { IsProviderError: _flag, ProviderErrorResponse: _provider, ...short } = body;
    return withBody(response, short);
  }
  if (response.status !== 200) return response;
  if (operationId === 'mfaUpdateSetting') return withBody(response, legacyProfile(body));
  if (operationId === 'mfaReAuthenticate') return withBody(response, legacySettings(body));
  return response;
}
