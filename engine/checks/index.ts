/**
 * The engine's generic checks as an explicit ORDERED list of definitions (the name is also the
 * config key), and `runChecks`, which isolates checks from each other: a check that throws is a
 * failure of that check marked as a harness error, never a crashed run. A vendor pack builds its
 * own list from this one (adding its checks where they belong).
 */
import type { CheckContext } from './checkContext.ts';
import type { CheckDefinition } from './checkDefinition.ts';
import type { CheckResult } from './types.ts';
import type { Exchange } from '../transport/exchange.ts';
import { makeFailure } from './result.ts';
import { no_transport_error } from './no_transport_error.ts';
import { not_a_server_error } from './not_a_server_error.ts';
import { status_code_conformance } from './status_code_conformance.ts';
import { content_type_conformance } from './content_type_conformance.ts';
import { response_headers_conformance } from './response_headers_conformance.ts';
import { response_schema_conformance } from './response_schema_conformance.ts';
import { negative_data_rejection } from './negative_data_rejection.ts';
import { positive_data_acceptance } from './positive_data_acceptance.ts';
import { ignored_auth } from './ignored_auth.ts';
import { missing_required_header } from './missing_required_header.ts';
import { max_response_time } from './max_response_time.ts';
import { no_secret_echo } from './no_secret_echo.ts';
import { documented_ambiguity } from './documented_ambiguity.ts';

/** no_transport_error first, the rest from cheap/structural to semantic. */
export const defaultChecks: readonly CheckDefinition[] = [
  { name: 'no_transport_error', check: no_transport_error, inputIndependent: true },
  { name: 'not_a_server_error', check: not_a_server_error },
  { name: 'status_code_conformance', check: status_code_conformance },
  { name: 'content_type_conformance', check: content_type_conformance },
  { name: 'response_headers_conformance', check: response_headers_conformance },
  { name: 'response_schema_conformance', check: response_schema_conformance },
  { name: 'negative_data_rejection', check: negative_data_rejection },
  { name: 'positive_data_acceptance', check: positive_data_acceptance },
  { name: 'ignored_auth', check: ignored_auth },
  { name: 'missing_required_header', check: missing_required_header },
  { name: 'max_response_time', check: max_response_time, inputIndependent: true },
  { name: 'no_secret_echo', check: no_secret_echo },
  // Warnings only: which documented form of an ambiguous place the target uses.
  { name: 'documented_ambiguity', check: documented_ambiguity },
];

/**
 * Runs the enabled checks (all by default) in list order. Unknown names are a configuration
 * error and throw at once.
 */
export function runChecks(
  ctx: CheckContext,
  exchange: Exchange,
  enabledNames?: readonly string[],
  checks: readonly CheckDefinition[] = defaultChecks,
): Map<string, CheckResult> {
  if (enabledNames) {
    const known = new Set(checks.map((c) => c.name));
    const unknown = enabledNames.filter((n) => !known.has(n));
    if (unknown.length > 0)
      throw new Error(`runChecks: unknown check name(s) ${unknown.join(', ')}; use one of: ${[...known].join(', ')}.`);
  }
  const enabled = enabledNames ? new Set(enabledNames) : undefined;
  const results = new Map<string, CheckResult>();
  for (const { name, check } of checks) {
    if (enabled && !enabled.has(name)) continue;
    try {
      results.set(name, check(ctx, exchange));
    } catch (error) {
      const failure = makeFailure(name, exchange.case.operationId, {
        title: 'Check crashed (harness bug)',
        message: `The ${name} check threw: ${(error as Error)?.message ?? String(error)}`,
        essence: ['crashed'],
      });
      results.set(name, { status: 'failed', failures: [{ ...failure, harnessError: true }] });
    }
  }
  return results;
}

export type { CheckContext } from './checkContext.ts';
export type { CheckDefinition } from './checkDefinition.ts';
