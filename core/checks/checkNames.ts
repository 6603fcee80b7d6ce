/**
 * The names of the built-in checks, in the order they run. Dependency-free on purpose:
 * the config loader validates user-supplied check names against this list.
 */
export const CHECK_NAMES = [
  'no_transport_error',
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_headers_conformance',
  'response_schema_conformance',
  'error_envelope_conformance',
  'negative_data_rejection',
  'positive_data_acceptance',
  'ignored_auth',
  'missing_required_header',
  'max_response_time',
  'no_secret_echo',
  'documented_ambiguity',
] as const;

/** Reports which documented form the target used; its findings are warnings, listed apart. */
export const AMBIGUITY_CHECK = 'documented_ambiguity';

export type CheckName = (typeof CHECK_NAMES)[number];

export function isCheckName(name: string): name is CheckName {
  return (CHECK_NAMES as readonly string[]).includes(name);
}
