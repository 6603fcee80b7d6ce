/**
 * The harness a suite, the bench or any other tool drives: one LoginRadius target wired to the
 * engine (contract, validators, transport, checks, redaction, the run loop) with the pack's
 * knowledge (credentials per role, fresh one-time codes, lockout accounts).
 */
import type fc from 'fast-check';
import type { Case } from '../engine/case/case.ts';
import type { CheckDefinition } from '../engine/checks/checkDefinition.ts';
import type { CheckContext } from '../engine/checks/checkContext.ts';
import type { Contract, OperationId } from '../engine/contract/types.ts';
import type { ContractRecord, Phase } from '../engine/events/contractRecord.ts';
import type { Redactor } from '../engine/redaction/createRedactor.ts';
import type { Exchange } from '../engine/transport/exchange.ts';
import type { Config } from '../loginradius/config/config.ts';
import type { TargetCredentials } from '../loginradius/credentials/credentials.ts';
import type { LockoutPolicy } from '../loginradius/flows/flowContext.ts';
import type { FreshOtpSource } from '../loginradius/otp/freshOtpSource.ts';
import type { PoolAccount } from '../loginradius/otp/otpAccountPool.ts';
import type { LoginRadiusGenerationContext } from '../loginradius/rules/loginRadiusRule.ts';
import type { AccountClock, MockControl } from '../loginradius/target/mockControl.ts';

export type Role = 'positive' | 'negative' | 'flow';

export interface PhaseRequest {
  readonly phase: Phase;
  readonly title: string;
  readonly operationId?: OperationId;
  readonly role: Role;
  readonly arbitrary: fc.Arbitrary<Case>;
  readonly numRuns?: number;
  /** Distinct failures to shrink (each shrink sends requests). @defaultValue engine default */
  readonly maxShrunkFailures?: number | undefined;
  /**
   * Which test replays a failure of this phase: its phase and title. The drift sample reuses the
   * positive/negative phases' arbitraries, so their tests replay its findings.
   * @defaultValue this phase, in the test of the phase's title
   */
  readonly replayIn?: { readonly phase: Phase; readonly testTitle: string };
  /** A fixed seed for this phase (the drift sample); @defaultValue the run's seed */
  readonly seed?: number;
  readonly onExchange?: (exchange: Exchange) => void;
}

/** One account to run a lockout flow on, with its tenant's policy. */
export interface LockoutTarget {
  readonly policy: LockoutPolicy;
  readonly credentials: TargetCredentials;
  readonly otp: FreshOtpSource;
  /** Unlocks the account through the management API (mock: always; remote: with LR_API_SECRET and LR_UID). */
  readonly restore?: () => Promise<void>;
}

/** Where the harness meets its runner; every hook is optional. */
export interface HarnessHooks {
  /** Sees every exchange the harness sends (the bench counts requests to the first detection). */
  readonly observe?: (exchange: Exchange) => void;
  /** Progress lines of long, rate-capped phases. @defaultValue console.log */
  readonly print?: (line: string) => void;
}

export interface Harness {
  readonly config: Config;
  readonly contract: Contract;
  readonly checkContext: CheckContext;
  /** The checks every exchange is judged by, in order (the pack's list). */
  readonly checks: readonly CheckDefinition[];
  readonly redactor: Redactor;
  /** Present only when the target is the embedded mock. */
  readonly mock: MockControl | undefined;
  credentials(role: Role): TargetCredentials;
  generation(role: Role): LoginRadiusGenerationContext;
  /** Sends a case as `role`; positive OTP cases get a fresh code at send time. */
  send(role: Role): (c: Case) => Promise<Exchange>;
  otp(role: Role): FreshOtpSource;
  /**
   * The account a flow needing `codes` codes from one user runs on: remote, the pool account whose
   * codes come soonest (its `label` names it in reports); on the mock, the role's own account.
   */
  account(role: Role, codes: number): PoolAccount;
  runPhase(request: PhaseRequest): Promise<ContractRecord>;
  curl(c: Case): string;
  /** Sends exactly the case given (no OTP refresh): the stateful flows manage their own codes. */
  sendAsIs(c: Case): Promise<Exchange>;
  /**
   * The accounts the lockout flows may lock: on the mock every tenant's flow user (one per lockout
   * type); on a real tenant the configured flow account, only with LR_ALLOW_LOCKOUT=1.
   */
  lockoutTargets(): LockoutTarget[];
  /** The embedded mock only: unlocks the negative role's account (wrong codes sent ahead of the phases that read it). */
  readonly restoreNegativeAccount: (() => Promise<void>) | undefined;
  /** The target's clock in ms (the mock's own clock on the mock). */
  now(): Promise<number>;
  /** The embedded mock only: one account's own clock (its codes, lockouts and tokens move alone). */
  clockOf(credentials: TargetCredentials): AccountClock | undefined;
  /** Closes the transport. */
  dispose(): Promise<void>;
}
