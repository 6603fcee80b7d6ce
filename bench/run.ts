/**
 * `npm run bench [-- --quick]`: this harness against the APIRequestContext ceiling and Schemathesis,
 * on this machine, against the embedded mock. Writes reports/bench.json and reports/bench.md.
 * Never part of npm test. Full run ≈ 6 min on 2 busy cores; --quick ≈ 2 min (see benchOptions.ts).
 *   1. throughput (bench/throughput.ts): alternated rounds, medians
 *   2. bug-finding (bench/bugFinding.ts): clean, each drift scenario, each transport fault; both tools
 *   3. remote (bench/remoteRun.ts): the default remote run against the staging profile, 1 and 3 accounts
 * Schemathesis lives in a throw-away venv (.bench-venv/, git-ignored), created on first use.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBenchOptions } from './benchOptions.ts';
import { renderBenchMarkdown, type BenchResult } from './benchReport.ts';
import { runBugFinding } from './bugFinding.ts';
import { machineInfo } from './machineInfo.ts';
import { ensureSchemathesis, type SchemathesisEnv } from './schemathesisEnv.ts';
import { runRemote, type RemoteRun } from './remoteRun.ts';
import { runThroughput } from './throughput.ts';

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  const cwd = process.cwd();
  const log = (line: string): void => console.log(line);
  const startedAt = new Date().toISOString();
  const machine = machineInfo();
  log(
    `bench${options.quick ? ' --quick' : ''}: ${machine.nproc} cores (${machine.cpuModel}), load ${machine.loadAverageAtStart.join('/')}, node ${machine.node}, ${machine.python}`,
  );
  let st: SchemathesisEnv | null = null;
  try {
    st = await ensureSchemathesis(cwd);
    log(`Schemathesis ${st.version} (.bench-venv)`);
  } catch (error) {
    log(`Schemathesis unavailable, its columns stay empty: ${(error as Error).message}`);
  }
  let throughput: Awaited<ReturnType<typeof runThroughput>> | null = null;
  let bugFinding: Awaited<ReturnType<typeof runBugFinding>> | null = null;
  const remote: RemoteRun[] = [];
  try {
    if (!options.skipThroughput) {
      log('throughput:');
      throughput = await runThroughput({ cwd, st, log, ...options });
    }
    if (!options.skipBugs) {
      log('bug-finding:');
      bugFinding = await runBugFinding({
        cwd,
        st,
        log,
        budget: options.bugBudget,
        stMaxExamples: options.stBugMaxExamples,
        timeoutMs: options.bugTimeoutMs,
        only: options.scenarios,
      });
    }
    if (!options.skipRemote) {
      log('remote (staging profile, real TOTP steps):');
      for (const accounts of [1, 3]) {
        remote.push(await runRemote({ cwd, accounts }));
        log(`  ${JSON.stringify(remote.at(-1))}`);
      }
    }
  } finally {
    if (st) rmSync(st.workDir, { recursive: true, force: true });
  }
  const result: BenchResult = {
    version: 1,
    startedAt,
    finishedAt: new Date().toISOString(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    quick: options.quick,
    machine,
    schemathesisVersion: st?.version ?? null,
    throughput,
    bugFinding,
    remote,
  };
  const dir = join(cwd, 'reports');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
  const md = renderBenchMarkdown(result);
  writeFileSync(join(dir, 'bench.md'), md);
  log(`\n${md}\nwrote reports/bench.json and reports/bench.md`);
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${(error as Error).message}`);
  process.exitCode = 1;
});
