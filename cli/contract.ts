/**
 * `npm run contract`: validates the configuration before anything is sent, runs the contract
 * suite with Playwright, and turns the outcome into a CI exit code:
 * 0 clean · 1 contract failures · 2 configuration or harness error (including an unreachable target).
 *   npm run contract -- --list           print the plan and the request budget, send nothing
 *   npm run contract -- --record-baseline   (npm run baseline) record the drift baseline
 * Other arguments go to `playwright test` (e.g. --grep, --shard=1/3, --reporter=blob).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../loginradius/config/loadConfig.ts';
import { formatConfigError } from '../loginradius/config/configError.ts';
import { describeConfig } from '../loginradius/config/describeConfig.ts';
import type { Config } from '../loginradius/config/config.ts';
import { loadContract } from '../engine/contract/loadContract.ts';
import { DEFAULT_CONTRACT_PATH } from '../loginradius/contract/defaultContractPath.ts';
import { reportsDirFromEnv } from '../loginradius/config/reportsDirFromEnv.ts';
import { runPlan } from '../harness/runPlan.ts';
import { formatPlan } from '../harness/formatPlan.ts';
import { probeTarget } from './probeTarget.ts';
import { checkCredentials } from '../loginradius/credentials/checkCredentials.ts';
import { CredentialError } from '../loginradius/credentials/credentialError.ts';
import { startSuite } from './startSuite.ts';

function writeHarnessErrorReport(reportsDir: string, message: string): void {
  mkdirSync(reportsDir, { recursive: true });
  const report = { version: 1, generatedAt: new Date().toISOString(), exitCode: 2, harnessErrors: [{ source: 'configuration', message }] };
  writeFileSync(join(reportsDir, 'contract-report.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(
    join(reportsDir, 'contract-report.md'),
    `# Contract report\n\nExit code 2: the run did not start.\n\n\`\`\`text\n${message}\n\`\`\`\n`,
  );
}

/** A wrong password, secret or uid stops the run before any contract request (exit 2). */
async function credentialProblem(config: Config): Promise<string | undefined> {
  try {
    await checkCredentials(config);
    return undefined;
  } catch (error) {
    if (error instanceof CredentialError) return `✗ credentials refused: ${error.message}`;
    return `✗ credentials could not be checked: ${(error as Error).message}`;
  }
}

/** Runs Playwright with the terminal attached; resolves when it exits. */
function runChild(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; error?: Error }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.once('error', (error) => resolve({ status: null, error }));
    child.once('exit', (status) => resolve({ status }));
  });
}

async function main(argv: string[]): Promise<number> {
  const list = argv.includes('--list');
  const recordBaseline = argv.includes('--record-baseline');
  const passThrough = argv.filter((a) => a !== '--list' && a !== '--record-baseline');
  const env = { ...process.env, ...(recordBaseline ? { LR_BASELINE_MODE: 'record' } : {}) };

  let config: Config;
  try {
    config = loadConfig({ env });
  } catch (error) {
    const message = formatConfigError(error);
    console.error(message);
    writeHarnessErrorReport(reportsDirFromEnv({ env }) ?? join(process.cwd(), 'reports'), message);
    return 2;
  }
  console.log(describeConfig(config));
  if (list) {
    console.log(formatPlan(config, runPlan(config, loadContract(DEFAULT_CONTRACT_PATH))));
    return 0;
  }

  let unreachable: string | undefined;
  if (config.target.kind === 'remote') {
    unreachable = await probeTarget(config.target.baseUrl, Math.min(config.timeoutMs, 10_000));
    if (unreachable)
      console.error(
        `✗ target unreachable: ${unreachable}\n  Check LR_BASE_URL and the network; the suite runs anyway so every report records the failure.`,
      );
    else {
      const refused = await credentialProblem(config);
      if (refused !== undefined) {
        console.error(refused);
        writeHarnessErrorReport(config.reportsDir, refused);
        return 2;
      }
    }
  }

  const playwrightArgs = [
    '--project=contract',
    ...(recordBaseline ? ['--grep', 'drift against the recorded baseline'] : []),
    ...passThrough,
  ];
  const suite = await startSuite(config, env, { playwrightArgs });
  const playwright = join(process.cwd(), 'node_modules', '.bin', 'playwright');
  const args = ['test', ...playwrightArgs];
  const childEnv = { ...env, ...suite.env, LR_SEED: String(config.seed) };
  const child = await runChild(playwright, args, childEnv);
  await suite.close();
  if (child.error) {
    console.error(`✗ could not start Playwright (${child.error.message}); run "npm ci" first.`);
    return 2;
  }
  const reportPath = join(config.reportsDir, 'contract-report.json');
  if (!existsSync(reportPath)) {
    console.error(`✗ no contract report at ${reportPath}: the run failed before reporting (see the output above).`);
    return 2;
  }
  const exitCode = (JSON.parse(readFileSync(reportPath, 'utf8')) as { exitCode?: number }).exitCode;
  if (unreachable) return 2;
  if (exitCode === 0 && child.status !== 0) {
    console.error(
      '✗ Playwright reported failed tests that left no contract failure in the report: a harness error (see the output above).',
    );
    return 2;
  }
  return exitCode === 0 || exitCode === 1 ? exitCode : 2;
}

process.exitCode = await main(process.argv.slice(2));
