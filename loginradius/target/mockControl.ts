/**
 * A client of the embedded mock's test-control surface (`/__mock/*`). Used only when the target is
 * the mock: to start each run from the fixture state and to move the mock's clock (fresh OTP steps,
 * Suspend expiry). Never used against a real tenant.
 */
interface MockState {
  readonly now: string;
  readonly clockOffsetMs: number;
  readonly accountClockOffsetsMs?: Readonly<Record<string, number>>;
  readonly internalErrors: number;
  readonly drift: readonly string[];
}

export interface MockControl {
  reset(): Promise<MockState>;
  state(): Promise<MockState>;
  /** The mock's current time in ms. */
  now(): Promise<number>;
  /** Moves the mock's clock forward; answers the new time in ms. */
  advance(ms: number): Promise<number>;
  /**
   * One account's own clock (its TOTP steps, lockouts, tokens): moving it moves no other account,
   * so work on different accounts never waits for another's clock.
   */
  account(uid: string): AccountClock;
}

export interface AccountClock {
  /** The account's current time in ms. */
  now(): Promise<number>;
  /** Moves the account's clock forward; answers its new time in ms. */
  advance(ms: number): Promise<number>;
}

export interface MockControlOptions {
  /**
   * The mock runs on this host with the real clock plus its offset, so "now" can be computed locally
   * once the offset is known: saves a round trip before every fresh OTP (+12–27 % on positive OTP
   * phases, measured by bench/profileSummary.ts). Only valid while this client is the only one
   * moving the mock's clock. @defaultValue false
   */
  readonly localClock?: boolean;
}

export function createMockControl(baseUrl: string, options: MockControlOptions = {}): MockControl {
  const origin = baseUrl.replace(/\/+$/, '');
  let offsetMs: number | undefined;
  const accountOffsets = new Map<string, number>();

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${origin}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok)
      throw new Error(
        `mock control ${method} ${path} answered ${response.status}: ${text.slice(0, 200)} — is ${origin} the embedded mock (npm run mock)?`,
      );
    return JSON.parse(text) as T;
  }

  return {
    async reset() {
      const state = await call<MockState>('POST', '/__mock/reset', {});
      offsetMs = state.clockOffsetMs;
      accountOffsets.clear();
      return state;
    },
    state: () => call<MockState>('GET', '/__mock/state'),
    async now() {
      if (options.localClock && offsetMs !== undefined) return Date.now() + offsetMs;
      const state = await call<MockState>('GET', '/__mock/state');
      offsetMs = state.clockOffsetMs;
      return Date.parse(state.now);
    },
    async advance(ms) {
      if (offsetMs === undefined) offsetMs = (await call<MockState>('GET', '/__mock/state')).clockOffsetMs;
      offsetMs += ms;
      const answer = await call<{ now: string }>('PUT', '/__mock/clock', { offsetMs });
      return Date.parse(answer.now);
    },
    account(uid) {
      const now = async (): Promise<number> => {
        if (options.localClock && offsetMs !== undefined && accountOffsets.has(uid))
          return Date.now() + offsetMs + accountOffsets.get(uid)!;
        const state = await call<MockState>('GET', '/__mock/state');
        offsetMs = state.clockOffsetMs;
        accountOffsets.set(uid, state.accountClockOffsetsMs?.[uid] ?? 0);
        return Date.parse(state.now) + accountOffsets.get(uid)!;
      };
      const advance = async (ms: number): Promise<number> => {
        if (!accountOffsets.has(uid)) await now();
        const next = accountOffsets.get(uid)! + ms;
        accountOffsets.set(uid, next);
        const answer = await call<{ now: string }>('PUT', '/__mock/clock', { offsetMs: next, uid });
        return Date.parse(answer.now);
      };
      return { now, advance };
    },
  };
}
