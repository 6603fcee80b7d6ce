/** Drift scenario of the mock → a (check, operation) pair the suite's report must name. `warning` = reported, exit 0. */
export const DRIFT_DETECTIONS: Record<string, { check: string; operationId: string; warning?: boolean }> = {
  'field-renamed': { check: 'response_schema_conformance', operationId: 'mfaReAuthenticateByOTP' },
  'type-changed': { check: 'response_schema_conformance', operationId: 'mfaUpdateSetting' },
  'required-field-dropped': { check: 'response_schema_conformance', operationId: 'mfaReAuthenticateByOTP' },
  'camelcase-error-envelope': { check: 'error_envelope_conformance', operationId: 'mfaReAuthenticate' },
  'error-with-status-200': { check: 'negative_data_rejection', operationId: 'mfaUpdateSetting' },
  'undocumented-status': { check: 'status_code_conformance', operationId: 'mfaReAuthenticate' },
  'html-500': { check: 'not_a_server_error', operationId: 'mfaReAuthenticate' },
  'wrong-content-type': { check: 'content_type_conformance', operationId: 'mfaReAuthenticate' },
  'apikey-not-required': { check: 'ignored_auth', operationId: 'mfaReAuthenticate' },
  'auth-ignored': { check: 'ignored_auth', operationId: 'mfaReAuthenticate' },
  'lockout-not-enforced': { check: 'lockout_enforcement', operationId: 'mfaReAuthenticateByOTP' },
  'wrong-otp-accepted': { check: 'negative_data_rejection', operationId: 'mfaReAuthenticateByOTP' },
  'latency-regression': { check: 'max_response_time', operationId: 'mfaReAuthenticate' },
  'full-profile-fields-dropped': { check: 'baseline_conformance', operationId: 'mfaUpdateSetting' },
  'additive-field': { check: 'baseline_conformance', operationId: 'mfaReAuthenticate', warning: true },
};
