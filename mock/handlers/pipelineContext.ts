/** What every operation handler receives: one request's view of the mock. */
import type { ComposedDrift } from '../drift/composeDrift.ts';
import type { TenantFixture } from '../fixtures/fixtureTypes.ts';
import type { MockOperationId, MockRequest } from '../http/mockTypes.ts';
import type { MockState } from '../state/mockState.ts';
import type { UserState } from '../state/userState.ts';

export interface PipelineContext {
  readonly request: MockRequest;
  readonly operationId: MockOperationId;
  readonly state: MockState;
  readonly drift: ComposedDrift;
  /**
   * Mock time in ms since the epoch (injected clock + admin offset); once authenticate() knows the
   * account, that account's time (its own clock offset on top).
   */
  now: number;
  /** An account's time (the shared clock plus the account's offset). */
  readonly accountNow: (uid: string) => number;
  /** Filled in by authenticate(); used by the request log. */
  tenant?: TenantFixture;
  user?: UserState;
  /** Lower-cased top-level body keys, once a PUT body parsed. */
  body?: ReadonlyMap<string, unknown>;
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
