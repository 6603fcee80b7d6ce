/**
 * One test of the contract suite as plain data and a job: its spec file, its title (the Playwright
 * test title, which is also what `--grep` and replay commands name) and the work it does on a
 * harness. The suite's tests run where the harness is (the CLI's process, or a Playwright worker
 * when the specs run without the CLI); the spec only reports the outcome.
 */
import type { ContractRecord } from '../../engine/events/contractRecord.ts';
import type { Exchange } from '../../engine/transport/exchange.ts';
import type { Harness } from '../harness.ts';

/** The spec file a test is declared in (`specs/<file>.spec.ts`); Playwright runs files in name order. */
export type SpecFile = 'coverage' | 'drift' | 'examples' | 'flows' | 'negative' | 'positive';

export interface SuiteAnnotation {
  readonly type: string;
  readonly description: string;
}

/** What the spec asserts, computed by the job: no harness error, no contract failure, something sent. */
export interface SuiteVerdict {
  readonly harnessErrors: readonly string[];
  /** One line per distinct error-severity failure, already redacted. */
  readonly failures: readonly string[];
  /** Requests sent (or, for a comparison, responses judged); 0 is an empty test. */
  readonly sent: number;
}

/** A test's outcome as the spec reports it: JSON-safe and redacted (it may cross processes). */
export interface SuiteOutcome {
  readonly records: readonly ContractRecord[];
  readonly annotations: readonly SuiteAnnotation[];
  /** Set when the test cannot run under this configuration: the reason Playwright shows. */
  readonly skip?: string;
  readonly verdict: SuiteVerdict;
}

/** A job's result: the outcome, plus its exchanges for later jobs of the same process (never sent across). */
export interface SuiteJobResult {
  readonly outcome: SuiteOutcome;
  readonly exchanges: readonly Exchange[];
}

export interface SuiteContext {
  readonly harness: Harness;
  /** Another test's result (started if it has not been): the drift test reads the examples' exchanges. */
  result(title: string): Promise<SuiteJobResult>;
  /** Whether this run has started that test (a run narrowed by --grep may not run it at all). */
  hasStarted(title: string): boolean;
}

/**
 * How a test uses one test account, so tests that cannot disturb each other run at once on the
 * mock: `read` needs the account as the fixture has it (other readers are fine), `spoil` may lock
 * it (other spoilers are fine, readers are not), `exclusive` needs it alone (a stateful flow).
 * Accounts: `positive` (with its pool), `negative`, `flow:<lockout type>`.
 */
export interface AccountUse {
  readonly account: string;
  readonly mode: 'read' | 'spoil' | 'exclusive';
}

export interface SuiteTest {
  readonly file: SpecFile;
  readonly title: string;
  /** Spends fresh TOTP codes: against a real tenant it runs in the OTP lane, beside the other tests. */
  readonly spendsOtp: (harness: Harness) => boolean;
  /** The accounts it uses and how; tests whose uses conflict keep suite order. */
  readonly accounts: (harness: Harness) => readonly AccountUse[];
  /**
   * Sends one request at a time (a stateful flow): on the mock it runs beside the others without
   * taking one of the places of the tests that keep a phase's requests in flight. @defaultValue false
   */
  readonly oneRequestAtATime?: boolean;
  run(context: SuiteContext): Promise<SuiteJobResult>;
}
