/**
 * Test helper: the whole contract suite in this process, as `npm run contract` runs it in its own
 * (cli/startSuite.ts) but without Playwright's runner and workers: an embedded mock with the given
 * options, one harness, every test started at once, the records folded into the contract report.
 * Matrices of mock scenarios use it; tests/cli/ proves the CLI's wiring on a few of them.
 */
import { loadContract } from '../../../engine/contract/loadContract.ts';
import { createHarness } from '../../../harness/createHarness.ts';
import { createSuiteRunner } from '../../../harness/suite/suiteRunner.ts';
import { suiteTests } from '../../../harness/suite/suiteTests.ts';
import type { SuiteOutcome } from '../../../harness/suite/suiteTest.ts';
import { runTimeoutMs } from '../../../cli/runDeadline.ts';
import { loadConfig } from '../../../loginradius/config/loadConfig.ts';
import { DEFAULT_CONTRACT_PATH } from '../../../loginradius/contract/defaultContractPath.ts';
import { operationIds } from '../../../loginradius/contract/operationIds.ts';
import { buildContractReport } from '../../../reporting/buildContractReport.ts';
import type { ContractReport, HarnessError } from '../../../reporting/contractReport.ts';
import { renderHtml } from '../../../reporting/renderHtml.ts';
import { renderMarkdown } from '../../../reporting/renderMarkdown.ts';
import { startMock, type MockOptions } from '../../../mock/startMock.ts';
import { tenantEnv } from '../../../bench/remoteRun.ts';

/** A developer's .env must not change what these runs send. */
const NO_DOTENV = '/nonexistent/.env';

export interface InProcessRun {
  readonly report: ContractReport;
  /** Each test's outcome by title (only the tests `only` kept). */
  readonly outcomes: ReadonlyMap<string, SuiteOutcome>;
  /** The HTML and Markdown contract reports, rendered as the reporter writes them. */
  readonly rendered: { readonly html: string; readonly markdown: string };
}

export interface InProcessRunOptions {
  /** The mock's options (a fresh mock on a free port). */
  readonly mock?: MockOptions;
  /** LR_ variables of the run (LR_MOCK_PORT is set here). */
  readonly env?: Record<string, string>;
  /** Only the tests whose title matches (like --grep): they start when asked, in order. @defaultValue the whole run */
  readonly only?: RegExp;
  /**
   * Remote mode, as against a real tenant: LR_BASE_URL and the suspend tenant's credentials, its
   * other users as LR_TEST_USERS (one TOTP code each per 30 s step on the real clock). @defaultValue false
   */
  readonly remote?: boolean;
}

export async function runSuiteInProcess(options: InProcessRunOptions = {}): Promise<InProcessRun> {
  const mock = await startMock({ ...options.mock, port: 0 });
  try {
    const suspendUsers = mock.fixture.users.filter((u) => u.tenant === 'suspend');
    const target = options.remote ? tenantEnv(mock, 'suspend', suspendUsers) : { LR_MOCK_PORT: String(mock.port) };
    const config = loadConfig({ env: { ...options.env, ...target }, dotenvPath: NO_DOTENV });
    const contract = loadContract(DEFAULT_CONTRACT_PATH);
    const harness = await createHarness({ ...config, runDeadlineAt: Date.now() + runTimeoutMs(config, contract) });
    try {
      const runner = createSuiteRunner(harness, suiteTests(operationIds(contract)));
      const titles = runner.tests.map((t) => t.title).filter((title) => options.only?.test(title) ?? true);
      if (!options.only) runner.startAll();
      const startedAt = Date.now();
      const outcomes = new Map<string, SuiteOutcome>();
      const crashes: HarnessError[] = [];
      for (const title of titles) {
        try {
          outcomes.set(title, (await runner.result(title)).outcome);
        } catch (error) {
          crashes.push({ source: title, message: String(error) });
        }
      }
      const report = buildContractReport({
        records: [...outcomes.values()].flatMap((o) => o.records),
        harnessErrors: crashes,
        target: config.target.baseUrl,
        durationMs: Date.now() - startedAt,
        generatedAt: new Date(),
        operationOrder: operationIds(contract),
      });
      return { report, outcomes, rendered: { html: renderHtml(report), markdown: renderMarkdown(report) } };
    } finally {
      await harness.dispose();
    }
  } finally {
    await mock.close();
  }
}
