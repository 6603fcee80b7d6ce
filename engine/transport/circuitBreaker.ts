/**
 * Per-operation circuit breaker: after `threshold` consecutive transport failures on one operation,
 * later sends of it are not made (a `circuit-open` outcome instead), so a target that hangs costs
 * `threshold` timeouts per operation, not one per case. Any HTTP response resets the count. It stays
 * open for the rest of the worker: a half-open probe would bring the waiting back.
 */
export interface CircuitBreaker {
  /** Why sends of `operationId` are refused, or undefined while the circuit is closed. */
  openReason(operationId: string): string | undefined;
  record(operationId: string, transportFailed: boolean): void;
}

/** `threshold` 0 turns the breaker off. */
export function createCircuitBreaker(threshold: number): CircuitBreaker {
  if (!Number.isInteger(threshold) || threshold < 0)
    throw new Error(`createCircuitBreaker: threshold must be an integer >= 0, got ${String(threshold)}; pass e.g. 5 (0 = off).`);
  const streak = new Map<string, number>();
  const open = new Set<string>();
  return {
    openReason: (operationId) =>
      open.has(operationId)
        ? `circuit open after ${threshold} consecutive transport failures on ${operationId}; the rest of its cases are not sent`
        : undefined,
    record(operationId, transportFailed) {
      if (threshold === 0 || open.has(operationId)) return;
      const n = transportFailed ? (streak.get(operationId) ?? 0) + 1 : 0;
      streak.set(operationId, n);
      if (n >= threshold) open.add(operationId);
    },
  };
}
