/**
 * The contract reporter: consumes the `contract-record` attachments the engine adds to each
 * test result, prints a progress line per record, and on end writes contract-report.{json,md,html}.
 * It never calls back into the engine and never throws into the runner: anything malformed
 * becomes a harness error (exit code 2) in the report.
 *
 * playwright.config.ts: `reporter: [['list'], ['./reporting/contractReporter.ts', { outputDir: 'reports' }]]`
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { FullConfig, FullResult, Reporter, Suite, TestCase, TestError, TestResult } from '@playwright/test/reporter';
import { CONTRACT_RECORD_ATTACHMENT, type ContractRecord } from '../engine/events/contractRecord.ts';
import { targetFromEnv } from '../loginradius/config/targetFromEnv.ts';
import { createRedactor, type Redactor } from '../engine/redaction/createRedactor.ts';
import type { SecretKeyNames } from '../engine/redaction/secretKeyTest.ts';
import type { CoverageUniverse } from '../engine/coverage/coverageUniverse.ts';
import { buildContractReport } from './buildContractReport.ts';
import type { ContractReport, HarnessError } from './contractReport.ts';
import { formatConsoleSummary } from './formatConsoleSummary.ts';
import { formatProgressLine } from './formatProgressLine.ts';
import { parseContractRecord } from './parseContractRecord.ts';
import { renderHtml } from './renderHtml.ts';
import { renderMarkdown } from './renderMarkdown.ts';
import { resolveOutputDir } from './resolveOutputDir.ts';

export interface ContractReporterOptions {
  /** Output directory; LR_REPORTS_DIR overrides it. @defaultValue 'reports' (relative to the config file) */
  readonly outputDir?: string;
  /** Where progress and summary lines go. @defaultValue console.log */
  readonly log?: (line: string) => void;
  /** The vendor's secret names, scrubbed again from everything written. @defaultValue the generic names only */
  readonly secretKeys?: SecretKeyNames;
  /** Operations in the contract's order, for tables. @defaultValue the order they are met */
  readonly operationOrder?: readonly string[];
  /** What the run could verify, with reasons for the unreachable (the pack's). @defaultValue no coverage part */
  readonly coverage?: CoverageUniverse;
  /** `LR_MIN_COVERAGE`: least percentage of reachable documented responses observed. @defaultValue none */
  readonly minCoverage?: number;
}

interface TestEntry {
  readonly records: ContractRecord[];
  readonly errors: HarnessError[];
}

export default class ContractReporter implements Reporter {
  private readonly _options: ContractReporterOptions;
  private readonly _log: (line: string) => void;
  // Records are only scrubbed of secret-like keys and Bearer values: the engine already redacted configured secrets.
  private readonly _scrub: Redactor;
  /** By test id: a retried test keeps only its last attempt. */
  private readonly _tests = new Map<string, TestEntry>();
  private readonly _runErrors: HarnessError[] = [];
  private _configDir = process.cwd();
  private _target = 'unknown target';
  private _startedAt = Date.now();
  /** The last report written (for tests and wrappers). */
  report: ContractReport | undefined;
  outputDir: string | undefined;

  constructor(options: ContractReporterOptions = {}) {
    if (options === null || typeof options !== 'object')
      throw new Error('ContractReporter: options must be an object such as { outputDir: "reports" }.');
    if (options.outputDir !== undefined && (typeof options.outputDir !== 'string' || options.outputDir.trim() === ''))
      throw new Error('ContractReporter: `outputDir` must be a non-empty path string; omit it to use "reports".');
    this._options = options;
    this._scrub = createRedactor(options.secretKeys === undefined ? {} : { secretKeys: options.secretKeys });
    this._log = options.log ?? ((line) => console.log(line));
  }

  printsToStdio(): boolean {
    return true;
  }

  onBegin(config: FullConfig, _suite: Suite): void {
    this._startedAt = Date.now();
    this._configDir = config.configFile ? dirname(config.configFile) : config.rootDir || process.cwd();
    // Target name: config metadata `contractTarget` → a project's baseURL → LR_BASE_URL (via the pack's config).
    const meta = config.metadata?.['contractTarget'];
    const baseURL = config.projects?.map((p) => p.use?.baseURL).find((u): u is string => typeof u === 'string');
    let target = typeof meta === 'string' ? meta : baseURL;
    if (target === undefined) {
      try {
        target = targetFromEnv({ cwd: this._configDir });
      } catch {
        target = 'unknown target';
      }
    }
    this._target = this._scrub.text(target);
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const entry: TestEntry = { records: [], errors: [] };
    let title = String(test?.title ?? 'unknown test');
    try {
      title = test.titlePath().filter(Boolean).join(' › ') || title;
      for (const attachment of result.attachments) {
        if (attachment.name !== CONTRACT_RECORD_ATTACHMENT) continue;
        const parsed = parseContractRecord(attachment);
        if (!parsed.ok) {
          entry.errors.push({ source: title, message: `malformed ${CONTRACT_RECORD_ATTACHMENT} attachment: ${parsed.error}` });
          continue;
        }
        const record = this._scrub.value(parsed.record);
        entry.records.push(record);
        this._log(formatProgressLine(record));
      }
      if (entry.records.length === 0 && (result.status === 'failed' || result.status === 'timedOut')) {
        const why = result.error?.message ?? result.errors[0]?.message ?? result.status;
        entry.errors.push({ source: title, message: `test ${result.status} without a contract record: ${this._scrub.text(why)}` });
      }
    } catch (error) {
      entry.errors.push({
        source: title,
        message: `reporter could not read the result: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
    for (const e of entry.errors) this._log(`✗ ${e.source}: ${e.message}`);
    this._tests.set(test.id, entry);
  }

  onError(error: TestError): void {
    this._runErrors.push({ source: 'run', message: this._scrub.text(error.message ?? error.value ?? 'unknown error') });
  }

  async onEnd(result: FullResult): Promise<{ status?: FullResult['status'] } | undefined> {
    const errors = [...this._runErrors];
    if (result.status === 'interrupted' || result.status === 'timedout')
      errors.push({ source: 'run', message: `the run ended early (${result.status}); the report is incomplete` });
    const entries = [...this._tests.values()];
    const built = buildContractReport({
      records: entries.flatMap((e) => e.records),
      harnessErrors: [...entries.flatMap((e) => e.errors), ...errors],
      target: this._target,
      durationMs: Number.isFinite(result.duration) ? result.duration : Date.now() - this._startedAt,
      generatedAt: new Date(),
      ...(this._options.operationOrder === undefined ? {} : { operationOrder: this._options.operationOrder }),
      ...(this._options.coverage === undefined ? {} : { coverage: this._options.coverage }),
      ...(this._options.minCoverage === undefined ? {} : { minCoverage: this._options.minCoverage }),
    });
    // Defensive final pass over everything written: secret-like keys and Bearer values.
    const report = this._scrub.value(built);
    this.report = report;
    const outputDir = resolveOutputDir({
      configDir: this._configDir,
      ...(this._options.outputDir === undefined ? {} : { option: this._options.outputDir }),
    });
    this.outputDir = outputDir;
    const files = [join(outputDir, 'contract-report.html'), join(outputDir, 'contract-report.md'), join(outputDir, 'contract-report.json')];
    try {
      await mkdir(outputDir, { recursive: true });
      await Promise.all([
        writeFile(files[0] ?? '', renderHtml(report)),
        writeFile(files[1] ?? '', renderMarkdown(report)),
        writeFile(files[2] ?? '', `${JSON.stringify(report, null, 2)}\n`),
      ]);
    } catch (error) {
      this._log(`✗ contract reporter could not write ${outputDir}: ${error instanceof Error ? error.message : String(error)}`);
      return { status: 'failed' };
    }
    this._log(formatConsoleSummary(report, files));
    // Zero cases or harness errors must not pass silently even when every Playwright test passed.
    return report.exitCode !== 0 && result.status === 'passed' ? { status: 'failed' } : undefined;
  }
}
