/**
 * Every environment variable the harness reads, as data: `.env.example` documents exactly these
 * (a test keeps the two in step) and the parser uses `secret` to never echo a secret's value.
 */

import type { VariableSpec } from './variableSpec.ts';
import { TARGET_VARIABLES } from './targetVariables.ts';

export type { VariableSpec } from './variableSpec.ts';

export const VARIABLES = [
  ...TARGET_VARIABLES,
  {
    name: 'LR_SEED',
    secret: false,
    defaultText: 'random (printed so the run can be replayed)',
    description: 'Integer seed for every property run.',
  },
  { name: 'LR_NUM_RUNS', secret: false, defaultText: '100', description: 'Generated cases per operation and phase.' },
  {
    name: 'LR_CONCURRENCY',
    secret: false,
    defaultText: '8 on the mock, 2 on a remote target',
    description: 'Requests in flight per worker.',
  },
  { name: 'LR_TIMEOUT_MS', secret: false, defaultText: '10000', description: 'Per-request timeout in milliseconds.' },
  {
    name: 'LR_MAX_BODY_BYTES',
    secret: false,
    defaultText: '10485760 (10 MiB)',
    description:
      'Response body bytes read, on the wire and again after gzip/br/deflate decoding; reading stops at the cap (no_transport_error body-too-large).',
  },
  {
    name: 'LR_MAX_JSON_DEPTH',
    secret: false,
    defaultText: '64',
    description: 'Deepest JSON nesting accepted in a response; deeper bodies are never parsed (no_transport_error json-too-deep).',
  },
  {
    name: 'LR_MAX_JSON_MEMBERS',
    secret: false,
    defaultText: '10000',
    description: 'Most object keys + array items accepted in one response body (no_transport_error json-too-wide).',
  },
  {
    name: 'LR_CIRCUIT_BREAKER',
    secret: false,
    defaultText: '5',
    description:
      'Consecutive transport failures on one operation after which its remaining cases are not sent (no_transport_error circuit-open); 0 turns it off.',
  },
  {
    name: 'LR_RUN_TIMEOUT',
    secret: false,
    defaultText:
      "2 x the plan's estimate + 300 s (estimate: planned requests at LR_MAX_RPS, or 200 req/s on the mock, plus 30 s per TOTP code per account on a remote target)",
    description:
      'Run deadline in seconds: after it nothing more is sent, unsent cases fail no_transport_error run-deadline, and every report is still written.',
  },
  {
    name: 'LR_REQUEST_BUDGET',
    secret: false,
    defaultText: 'unset → no cap',
    description:
      'Most contract requests the run sends (429 retries count; token and mock-control calls do not). Cases past it are not sent, are listed by name in the report and are not failures; the coverage-first phase spends the budget first.',
  },
  {
    name: 'LR_RUN_DEADLINE_AT',
    secret: false,
    defaultText: 'set by the runner from LR_RUN_TIMEOUT',
    description: 'The deadline as epoch milliseconds; set it yourself only to give several shards one deadline.',
  },
  {
    name: 'LR_MIN_COVERAGE',
    secret: false,
    defaultText: 'unset → coverage is reported, never fails the run',
    description:
      'Least percentage (0-100) of the documented responses reachable under this configuration that the run must observe; below it the exit code is 1.',
  },
  {
    name: 'LR_MAX_RESPONSE_TIME_MS',
    secret: false,
    defaultText: '2000',
    description: "Responses slower than this fail max_response_time (time this process's event loop was blocked is left out).",
  },
  { name: 'LR_CHECKS', secret: false, defaultText: 'all checks', description: 'Comma-separated check names to run.' },
  {
    name: 'LR_DISABLE_CHECKS',
    secret: false,
    defaultText: 'none',
    description: 'Comma-separated check names to skip (applied after LR_CHECKS).',
  },
  {
    name: 'LR_MAX_RPS',
    secret: false,
    defaultText: 'unlimited on the mock, 4 on a remote target',
    description: 'Request-rate cap (requests per second, or "unlimited"); protects the vendor tenant from being flooded.',
  },
  {
    name: 'LR_EXPECTED_STATUS',
    secret: false,
    defaultText: 'any 2xx',
    description:
      'Statuses a positive case may get, per operation (the positive_data_acceptance key), e.g. mfaReAuthenticate=200;mfaUpdateSetting=200,202.',
  },
  {
    name: 'LR_OTP_CASES',
    secret: false,
    defaultText: 'LR_NUM_RUNS on the mock, 2 on a remote target',
    description:
      'Positive cases per phase for the OTP-verifying operations. Each needs a fresh TOTP step, so against a real tenant every extra case waits up to 30 s.',
  },
  {
    name: 'LR_LOCKOUT_THRESHOLD',
    secret: false,
    defaultText: '5',
    description:
      "The tenant's brute-force lockout threshold (consecutive failed OTPs). The lockout budget must stay below it; the lockout flows send exactly this many.",
  },
  {
    name: 'LR_LOCKOUT_BUDGET',
    secret: false,
    defaultText: '3',
    description: 'Max wrong-OTP requests per account per run against a remote target; protects the test account from lockout.',
  },
  {
    name: 'LR_ALLOW_LOCKOUT',
    secret: false,
    defaultText: '0',
    description: '1 allows the lockout flows against a remote target (they lock the test account on purpose).',
  },
  { name: 'LR_BASELINE', secret: false, defaultText: 'baselines/<host>.json', description: 'Path of the drift baseline JSON.' },
  {
    name: 'LR_BASELINE_MODE',
    secret: false,
    defaultText: 'compare',
    description: 'compare: the drift test compares with the baseline; record: it (re)writes the baseline (npm run baseline sets this).',
  },
  {
    name: 'LR_PREFETCH_OTP',
    secret: false,
    defaultText: '0',
    description:
      'Remote, when Playwright runs the specs without npm run contract: the first worker starts every OTP-consuming test (examples, positive OTP cases, flows) at once, so the other tests send while they wait for TOTP steps. npm run contract always does this for a whole run.',
  },
  { name: 'LR_REPORTS_DIR', secret: false, defaultText: 'reports', description: 'Directory the contract reports are written to.' },
  {
    name: 'LR_REPLAY',
    secret: false,
    defaultText: 'unset',
    description: 'Replay one failure: "<phase>:<operationId>:<seed>:<path>", copied from a report.',
  },
] as const satisfies readonly VariableSpec[];

export type VariableName = (typeof VARIABLES)[number]['name'];

export const SECRET_VARIABLES: ReadonlySet<string> = new Set(VARIABLES.filter((v) => v.secret).map((v) => v.name));
