/**
 * The built-in checks as an explicit ORDERED list keyed by name (the name is also the config
 * key), and `runChecks`, which isolates checks from each other: a check that throws is a
 * failure of that check (a harness bug), never a crashed run.
 */
import type { Check, CheckContext } from './checkContext.ts';
import type { CheckResult } from './types.ts';
import type { Exchange } from '../transport/exchange.ts';
import type { CheckName } from './checkNames.ts';
import { CHECK_NAMES } from './checkNames.ts';
import { makeFailure } from './result.ts';
import { no_transport_error } from './no_transport_error.ts';
import { not_a_server_error } from './not_a_server_error.ts';
import { status_code_conformance } from './status_code_conformance.ts';
import { content_type_conformance } from './content_type_conformance.ts';
import { response_headers_conformance } from './response_headers_conformance.ts';
import { response_schema_conformance } from './response_schema_conformance.ts';
import { error_envelope_conformance } from './error_envelope_conformance.ts';
import { negative_data_rejection } from './negative_data_rejection.ts';
import { positive_data_acceptance } from './positive_data_acceptance.ts';
import { ignored_auth } from './ignored_auth.ts';
import { missing_required_header } from './missing_required_header.ts';
import { max_response_time } from './max_response_time.ts';
import { no_secret_echo } from './no_secret_echo.ts';
import { documented_ambiguity } from './documented_ambiguity.ts';

export interface NamedCheck {
  readonly name: string;
  readonly check: Check;
}

const byName: Readonly<Record<CheckName, Check>> = {
  no_transport_error,
  not_a_server_error,
  status_code_conformance,
  content_type_conformance,
  response_headers_conformance,
  response_schema_conformance,
  error_envelope_conformance,
  negative_data_rejection,
  positive_data_acceptance,
  ignored_auth,
  missing_required_header,
  max_response_time,
  no_secret_echo,
  documented_ambiguity,
};

/** In CHECK_NAMES order: no_transport_error first, the rest from cheap/structural to semantic. */
export const defaultChecks: readonly NamedCheck[] = CHECK_NAMES.map((name) => ({ name, check: byName[name] }));

/**
 * Runs the enabled checks (all by default) in list order. Unknown names are a configuration
 * error and throw at once.
 */
export function runChecks(
  ctx: CheckContext,
  exchange: Exchange,
  enabledNames?: readonly string[],
  checks: readonly NamedCheck[] = defaultChecks,
): Map<string, CheckResult> {
  if (enabledNames) {
    const known = new Set(checks.map((c) => c.name));
    const unknown = enabledNames.filter((n) => !known.has(n));
    if (unknown.length > 0)
      throw new Error(`runChecks: unknown check name(s) ${unknown.join(', ')}; use names from CHECK_NAMES: ${[...known].join(', ')}.`);
  }
  const enabled = enabledNames ? new Set(enabledNames) : undefined;
  const results = new Map<string, CheckResult>();
  for (const { name, check } of checks) {
    if (enabled && !enabled.has(name)) continue;
    try {
      results.set(name, check(ctx, exchange));
    } catch (error) {
      results.set(name, {
        status: 'failed',
        failures: [
          makeFailure(name, exchange.case.operationId, {
            title: 'Check crashed (harness bug)',
            message: `The ${name} check threw: ${(error as Error)?.message ?? String(error)}`,
            essence: ['harness-error'],
          }),
        ],
      });
    }
  }
  return results;
}

export type { Check, CheckContext } from './checkContext.ts';
export { createCheckContext, DEFAULT_CHECK_OPTIONS } from './checkContext.ts';
export { CHECK_NAMES } from './checkNames.ts';
export { requiresJsonBody, requiresResponse, requiresLabel } from './preconditions.ts';
