/**
 * The drift check's fixed sample per operation: examples, positive and negative cases. Sent by
 * specs/drift.spec.ts and planned by cli/runPlan.ts, so the plan cannot fall behind the spec.
 */
export const DRIFT_SAMPLE = { examples: 5, positive: 20, negative: 40 } as const;
