/**
 * Where does the harness's time go? `npx tsx bench/profileSummary.ts [--num-runs 1000] [--top 25] [--grep <tests>]`
 * runs one long-fuzz contract run as `npm run contract` does, with the CLI's process profiled
 * (`node --cpu-prof cli/launch.mjs cli/contract.ts --grep …`: that process runs the suite; Node 20
 * refuses --cpu-prof in NODE_OPTIONS, so the mock and Playwright's processes are not profiled), then
 * summarises the profile: self time per area (Playwright client, our transport, checks, ajv,
 * generators, fast-check, Node internals, GC, idle …) and the top self-time functions. Our code runs
 * from the CLI's bundle; esbuild's `// <source path>` markers in it attribute each line to its file.
 * Profiles go to a temp dir.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './freePort.ts';
import { runChild } from './runChild.ts';
import { FUZZ_GREP } from './throughput.ts';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const AREAS: Array<[string, RegExp]> = [
  ['idle (waiting on I/O)', /^\(idle\)$/],
  ['GC', /^\(garbage collector\)$/],
  ['program (native/VM)', /^\(program\)$/],
  ['our transport (engine/transport)', /\/engine\/transport\//],
  ['our checks (engine/checks, loginradius/checks)', /\/(engine|loginradius)\/checks\//],
  ['our engine (engine/run, loginradius/flows, otp)', /\/(engine\/run|loginradius\/(flows|otp))\//],
  ['validation (engine/validation + ajv)', /\/engine\/validation\/|\/ajv(-formats)?\//],
  ['generators/', /\/generators\//],
  ['fast-check', /\/fast-check\//],
  ['Playwright client + runner', /playwright/],
  ['tsx/esbuild loader', /\/tsx\/|esbuild/],
  ['other engine/ and loginradius/', /\/(engine|loginradius|harness)\//],
  ['node internals', /^node:|^internal\/|^$/],
  ['other', /./],
];

function areaOf(fn: string, url: string): string {
  for (const [name, re] of AREAS) if (re.test(fn.startsWith('(') ? fn : url)) return name;
  return 'other';
}

/** For a bundle: the source file of each line, from esbuild's `// path/to/file.ts` module markers. */
function bundleSources(bundleUrl: string): (line: number) => string {
  let lines: string[];
  try {
    lines = readFileSync(fileURLToPath(bundleUrl), 'utf8').split('\n');
  } catch {
    return () => bundleUrl;
  }
  const starts: Array<[number, string]> = [];
  lines.forEach((text, i) => {
    const marker = /^\/\/ ((?:[\w.-]+\/)*[\w.-]+\.ts)$/.exec(text);
    if (marker?.[1]) starts.push([i, marker[1]]);
  });
  return (line) => {
    let source = bundleUrl;
    for (const [start, file] of starts) {
      if (start > line) break;
      source = `/${file}`;
    }
    return source;
  };
}

function summarise(profile: Profile, top: number): { totalMs: number; areas: Array<[string, number]>; functions: Array<[string, number]> } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const bundles = new Map<string, (line: number) => string>();
  const sourceOf = (url: string, line: number): string => {
    if (!url.includes('/.cache/lr-harness/')) return url;
    let lookup = bundles.get(url);
    if (lookup === undefined) bundles.set(url, (lookup = bundleSources(url)));
    return lookup(line);
  };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, ms] of self) {
    const f = byId.get(id)!.callFrame;
    const url = sourceOf(f.url, f.lineNumber);
    const area = areaOf(f.functionName, url);
    areas.set(area, (areas.get(area) ?? 0) + ms);
    const where = url === f.url ? `:${f.lineNumber + 1}` : ` (bundle line ${f.lineNumber + 1})`;
    const key = `${f.functionName || '(anonymous)'} ${url
      .replace(/^.*\/node_modules\//, '~/')
      .replace(/^file:\/\/\/work\/main\//, '')
      .replace(/^\//, '')}${where}`;
    functions.set(key, (functions.get(key) ?? 0) + ms);
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { totalMs: (profile.endTime - profile.startTime) / 1000, areas: sorted(areas), functions: sorted(functions).slice(0, top) };
}

async function main(): Promise<void> {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i === -1 ? fallback : Number(process.argv[i + 1]);
  };
  const numRuns = arg('num-runs', 1000);
  const top = arg('top', 25);
  const grepAt = process.argv.indexOf('--grep');
  const grep = grepAt === -1 ? FUZZ_GREP : (process.argv[grepAt + 1] ?? FUZZ_GREP);
  const dir = mkdtempSync(join(tmpdir(), 'lr-bench-prof-'));
  const cwd = process.cwd();
  const env = {
    ...process.env,
    LR_REPORTS_DIR: join(dir, 'reports'),
    LR_MOCK_PORT: String(await freePort()),
    LR_SEED: '20261125',
    LR_NUM_RUNS: String(numRuns),
  };
  const run = await runChild(
    process.execPath,
    ['--cpu-prof', `--cpu-prof-dir=${dir}`, join(cwd, 'cli', 'launch.mjs'), 'cli/contract.ts', '--grep', grep],
    { cwd, env, timeoutMs: 600_000 },
  );
  const report = JSON.parse(readFileSync(join(dir, 'reports', 'contract-report.json'), 'utf8')) as {
    totals: { casesSent: number };
    tests: Array<{ title: string; casesSent: number; elapsedMs: number }>;
  };
  const engineMs = report.tests.filter((t) => t.casesSent > 0).reduce((n, t) => n + t.elapsedMs, 0);
  console.log(
    `profiled run (exit ${run.code}): ${report.totals.casesSent} cases, wall ${(run.wallMs / 1000).toFixed(1)} s, engine ${(engineMs / 1000).toFixed(1)} s (${Math.round(report.totals.casesSent / (engineMs / 1000))} cases/s under the profiler); profiles in ${dir}`,
  );
  for (const t of report.tests)
    console.log(
      `  ${t.title.padEnd(45)} ${String(t.casesSent).padStart(6)} cases ${String(t.elapsedMs).padStart(6)} ms  ${Math.round(t.casesSent / (t.elapsedMs / 1000))} cases/s`,
    );
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    const role = text.includes('runContractPhase') ? 'HARNESS (the CLI process)' : 'other';
    if (role === 'other' && !process.argv.includes('--all')) continue;
    const s = summarise(JSON.parse(text) as Profile, top);
    console.log(`\n== ${role} ${file}: ${(s.totalMs / 1000).toFixed(1)} s profiled`);
    for (const [area, ms] of s.areas)
      if (ms / s.totalMs >= 0.005)
        console.log(`  ${area.padEnd(38)} ${(ms / 1000).toFixed(2).padStart(7)} s  ${((ms / s.totalMs) * 100).toFixed(1).padStart(5)} %`);
    console.log('  top self time:');
    for (const [fn, ms] of s.functions) console.log(`    ${(ms / 1000).toFixed(2).padStart(6)} s  ${fn}`);
  }
}

await main();
