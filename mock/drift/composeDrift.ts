/**
 * Folds the active scenarios into what the pipeline consults: one behaviour record, a list of response
 * transforms, a latency. Built once per drift change, so the no-drift hot path costs nothing.
 */
import { DRIFT_IDS, DRIFT_SCENARIOS } from './scenarios.ts';
import type { DriftBehaviour, DriftContext, DriftId, DriftScenario } from './scenarios.ts';
import type { MockResponse } from '../http/mockTypes.ts';

export interface ComposedDrift {
  readonly active: readonly DriftId[];
  readonly behaviour: DriftBehaviour;
  /** Applies the transforms of active scenarios that affect ctx.operationId, in list order. */
  apply(response: MockResponse, ctx: DriftContext): MockResponse;
  latencyMs(ctx: DriftContext): number;
}

const STRICT: DriftBehaviour = { requireApiKey: true, enforceAuth: true, enforceLockout: true, acceptWrongOtp: false };

/** Throws naming the unknown ids and listing the valid ones. */
export function assertDriftIds(ids: readonly string[], caller: string): asserts ids is readonly DriftId[] {
  const unknown = ids.filter((id) => !(DRIFT_IDS as readonly string[]).includes(id));
  if (unknown.length) throw new Error(`${caller}: unknown drift scenario(s) ${unknown.join(', ')}; valid ids: ${DRIFT_IDS.join(', ')}`);
}

export function composeDrift(ids: readonly DriftId[]): ComposedDrift {
  const active: readonly DriftScenario[] = DRIFT_SCENARIOS.filter((s) => ids.includes(s.id));
  // Behaviour knobs are global: a drifted auth layer drifts for every operation it affects (all do).
  const behaviour: DriftBehaviour = Object.assign({}, STRICT, ...active.map((s) => s.behaviour ?? {}));
  const transforms = active.filter((s) => s.transform);
  const delayed = active.filter((s) => s.latencyMs);
  return {
    active: active.map((s) => s.id as DriftId),
    behaviour,
    apply(response, ctx) {
      let r = response;
      for (const s of transforms) if (s.affects.includes(ctx.operationId)) r = s.transform!(r, ctx);
      return r;
    },
    latencyMs(ctx) {
      return delayed.reduce((sum, s) => sum + (s.affects.includes(ctx.operationId) ? (s.latencyMs ?? 0) : 0), 0);
    },
  };
}
