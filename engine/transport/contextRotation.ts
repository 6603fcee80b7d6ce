/**
 * The APIRequestContext a transport sends on, renewed every `responsesPerContext` responses.
 * Playwright keeps each response's body and call log until that response or its context is
 * disposed, and disposing a response is an API call of its own, as costly as the fetch.
 * So a response whose body is small stays with its context, and the context is disposed once it
 * has been replaced and its last request is done; a larger body is disposed at once. A context
 * therefore holds at most `responsesPerContext × keptBodyBytes` of bodies.
 */
import type { APIRequestContext } from 'playwright-core';

export interface ContextLease {
  readonly context: APIRequestContext;
  /** After the exchange: gives the context back. */
  release(): void;
}

export interface ContextRotation {
  /** The context for one exchange (waits while a new one is being created). */
  acquire(): Promise<ContextLease>;
  /** Whether a response of this many body bytes must be disposed at once. */
  disposeAtOnce(bodyBytes: number): boolean;
  /** The newest context (for calls that need one but send nothing). */
  readonly current: APIRequestContext;
  /** Disposes every context, waiting for none of their requests. Idempotent. */
  dispose(): Promise<void>;
}

export interface ContextRotationOptions {
  readonly newContext: () => Promise<APIRequestContext>;
  /** @defaultValue 500 */
  readonly responsesPerContext?: number;
  /** @defaultValue 16 KiB */
  readonly keptBodyBytes?: number;
}

interface Slot {
  readonly context: APIRequestContext;
  served: number;
  inFlight: number;
  retired: boolean;
  closed: boolean;
}

export async function createContextRotation(options: ContextRotationOptions): Promise<ContextRotation> {
  const perContext = options.responsesPerContext ?? 500;
  const keptBodyBytes = options.keptBodyBytes ?? 16 * 1024;
  if (!Number.isInteger(perContext) || perContext < 1)
    throw new Error(`createContextRotation: responsesPerContext must be an integer >= 1, got ${perContext}`);
  const open = (context: APIRequestContext): Slot => ({ context, served: 0, inFlight: 0, retired: false, closed: false });
  let slot = open(await options.newContext());
  const live = new Set<Slot>([slot]);
  let replacing: Promise<Slot> | undefined;
  const disposals = new Set<Promise<void>>();
  let disposed = false;

  const close = (s: Slot): void => {
    if (s.closed) return;
    s.closed = true;
    live.delete(s);
    const done = s.context.dispose().catch(() => undefined);
    disposals.add(done);
    void done.then(() => disposals.delete(done));
  };
  const replace = (): Promise<Slot> => {
    replacing ??= options.newContext().then(
      (context) => {
        replacing = undefined;
        const old = slot;
        old.retired = true;
        slot = open(context);
        live.add(slot);
        if (disposed) close(slot);
        if (old.inFlight === 0) close(old);
        return slot;
      },
      (error: unknown) => {
        replacing = undefined;
        throw error;
      },
    );
    return replacing;
  };

  return {
    get current() {
      return slot.context;
    },
    async acquire() {
      // A context that cannot be renewed keeps serving: the run goes on, holding a little more.
      const s = slot.served >= perContext && !disposed ? await replace().catch(() => slot) : slot;
      s.served += 1;
      s.inFlight += 1;
      let released = false;
      return {
        context: s.context,
        release() {
          if (released) return;
          released = true;
          s.inFlight -= 1;
          if (s.retired && s.inFlight === 0) close(s);
        },
      };
    },
    disposeAtOnce: (bodyBytes) => bodyBytes > keptBodyBytes,
    async dispose() {
      if (disposed) return;
      disposed = true;
      await replacing?.catch(() => undefined);
      for (const s of [...live]) close(s);
      await Promise.all([...disposals]);
    },
  };
}
