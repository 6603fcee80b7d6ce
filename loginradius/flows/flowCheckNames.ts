/**
 * Sequence-level properties the stateful flows assert, named like checks (snake_case) so they
 * appear in the same operations × checks matrix. Each exchange of a flow is also judged by the
 * ordinary checks.
 */
const FLOW_CHECK_NAMES = ['step_up_flow', 'otp_single_use', 'otp_expiry', 'lockout_enforcement', 'lockout_unlock'] as const;

export type FlowCheckName = (typeof FLOW_CHECK_NAMES)[number];
