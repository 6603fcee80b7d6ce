/**
 * The coverage-first order: rounds that each take one item of every response class (in
 * `classOrder`, unknown classes after them in the order met). Each class walks the operations in
 * turn, the k-th class starting at the k-th operation, so one round spreads its classes over the
 * operations and the next round moves every class on by one. The first requests thus touch each
 * operation and each kind of answer before any repeats; within a class and operation the items
 * keep their order.
 */
export interface CoverageSlot {
  readonly operationId: string;
  readonly responseClass: string;
}

/** Acceptance first, then the refusals whose absence is a security hole, then the rest. */
const DEFAULT_CLASS_ORDER: readonly string[] = ['success', 'wrong-code', 'auth', 'message', 'schema', 'domain'];

export function interleaveCoverage<T extends CoverageSlot>(items: readonly T[], classOrder: readonly string[] = DEFAULT_CLASS_ORDER): T[] {
  const classes = [...classOrder];
  const operations: string[] = [];
  const queues = new Map<string, Map<string, T[]>>();
  for (const item of items) {
    if (!classes.includes(item.responseClass)) classes.push(item.responseClass);
    if (!operations.includes(item.operationId)) operations.push(item.operationId);
    const byOp = queues.get(item.responseClass) ?? new Map<string, T[]>();
    queues.set(item.responseClass, byOp);
    const queue = byOp.get(item.operationId) ?? [];
    byOp.set(item.operationId, queue);
    queue.push(item);
  }
  const next = classes.map((_, k) => k % Math.max(1, operations.length));
  const out: T[] = [];
  while (out.length < items.length)
    classes.forEach((cls, k) => {
      const byOp = queues.get(cls);
      for (let step = 0; byOp !== undefined && step < operations.length; step++) {
        const at = (next[k]! + step) % operations.length;
        const queue = byOp.get(operations[at]!);
        if (queue === undefined || queue.length === 0) continue;
        out.push(queue.shift()!);
        next[k] = (at + 1) % operations.length;
        return;
      }
    });
  return out;
}
