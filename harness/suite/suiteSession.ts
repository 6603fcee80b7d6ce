/**
 * What a spec needs of the suite, wherever its tests run: a test's outcome and its timeout. Either
 * the CLI's process runs the tests (`suiteClient`, over loopback) or the worker does (`localSuite`).
 */
import type { RunnerSettings } from './runnerSettings.ts';
import type { SpecFile, SuiteOutcome } from './suiteTest.ts';

export interface SuiteSession {
  outcome(title: string): Promise<SuiteOutcome>;
  /** The test's timeout from the plan (its requests, the rate cap, the TOTP steps it needs). */
  timeoutMs(title: string): number;
  close(): Promise<void>;
}

/** What the CLI hands the Playwright processes (LR_SUITE_MANIFEST) when its process runs the tests. */
export interface SuiteManifest {
  readonly url: string;
  /** Loopback bearer token: only the run's own workers may ask for outcomes. */
  readonly token: string;
  readonly titles: Readonly<Record<SpecFile, readonly string[]>>;
  readonly timeoutsMs: Readonly<Record<string, number>>;
  /** The run deadline (epoch ms): the runner's global timeout is a backstop behind it. */
  readonly deadlineAt: number;
  readonly runner: RunnerSettings;
}
