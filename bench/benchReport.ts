/**
 * bench.json → bench.md: the throughput table (medians), the bug-finding table and the machine.
 * Pure: takes the result object, returns Markdown.
 */
import type { BugFindingResult, ToolOutcome } from './bugFinding.ts';
import type { RemoteRun } from './remoteRun.ts';
import { remoteSection } from './remoteReport.ts';
import type { MachineInfo } from './machineInfo.ts';
import { formatRate, formatRatio, markdownTable } from './markdownTable.ts';
import { median, ratio } from './stats.ts';
import { SLOW_GATEWAY_MS, type ThroughputResult } from './throughput.ts';

export interface BenchResult {
  readonly version: 1;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly command: string;
  readonly quick: boolean;
  readonly machine: MachineInfo;
  readonly schemathesisVersion: string | null;
  readonly throughput: ThroughputResult | null;
  readonly bugFinding: BugFindingResult | null;
  /** The default remote run against the staging profile, per account count (empty: skipped). */
  readonly remote: readonly RemoteRun[];
}

function throughputSection(t: ThroughputResult): string {
  const m = t.medians;
  const ceil = m.pwBare;
  // A row of this harness: its rate against the ceiling and, unless told otherwise, against Schemathesis's default run.
  const ours = (measurement: string, rate: number | null, schemathesis = '', vsSchemathesis = formatRatio(ratio(rate, m.stWall), true)) => [
    measurement,
    formatRate(ceil),
    formatRate(rate),
    schemathesis,
    formatRatio(ratio(rate, ceil)),
    vsSchemathesis,
  ];
  const rows = [
    [
      'Ceiling: bare undici loop, GET, 8 in flight (req/s)',
      formatRate(m.undici),
      '',
      '',
      `${formatRatio(ratio(m.undici, ceil), true)} of APIRequestContext`,
      '',
    ],
    ['Ceiling: bare APIRequestContext loop, GET, 8 in flight (req/s)', formatRate(ceil), '', '', '100 %', ''],
    ours('Our transport alone (createTransport().send, same GET)', m.pwTransport, '', ''),
    ours(
      `Default suite (npm run contract, ${formatRate(m.suiteCases)} cases), wall clock incl. start-up (cases/s)`,
      m.suiteWall,
      m.stWall === null ? 'not run' : `${formatRate(m.stWall)} (${formatRate(m.stCases)} requests, default -n)`,
    ),
    ...(t.floor?.length
      ? [
          ours(
            `… the most any run through Playwright's runner can reach: the suite's cases over the runner alone (${t.floor[0]?.tests} empty tests, the same reporters, no request: ${(m.floorMs / 1000).toFixed(2)} s)`,
            m.suiteCases / (m.floorMs / 1000),
          ),
        ]
      : []),
    ours('Default suite, engine time only (generate + send + validate + check; the tests run at once, their spans joined)', m.suiteEngine),
    ours(`Long fuzz run (${formatRate(m.fuzzCases)} cases), wall clock incl. start-up`, m.fuzzWall),
    ours('Long fuzz run, engine time only', m.fuzzEngine),
    ours(
      '… of which the phases Schemathesis also has (all but positive single-use OTP cases), over their spans (shared with the others)',
      m.fuzzOther,
    ),
    ours(
      '… of which positive single-use OTP cases (a fresh TOTP step each), over their spans (shared with the others)',
      m.fuzzSingleUseOtp,
      'has none',
      '',
    ),
    ...(m.matchedStWall === null
      ? []
      : [
          ours(
            `Budget-matched, wall clock incl. start-up: Schemathesis --max-examples ${t.matchedMaxExamples} (${formatRate(m.matchedStCases)} requests) vs our fuzz run of ${formatRate(m.matchedOursCases)} cases`,
            m.matchedOursWall,
            formatRate(m.matchedStWall),
            m.matchedPaired === null ? '' : `${formatRatio(m.matchedPaired, true)} (paired)`,
          ),
        ]),
  ];
  const slow = t.slowGateway;
  const startupLines = t.startup.length
    ? [
        `Start-up of \`npm run contract\` (median of ${t.startup.length}, ms from the command): first request ${Math.round(m.startupFirstRequestMs)}, ` +
          `Playwright's runner ready ${Math.round(m.startupRunnerReadyMs)}, reports written and exit ${Math.round(m.startupExitMs)}.`,
      ]
    : [];
  const slowLines = slow
    ? [
        `Default suite with every answer ${SLOW_GATEWAY_MS} ms late (a slow gateway): ${formatRate(slow.cases)} cases in ${(slow.wallMs / 1000).toFixed(0)} s ` +
          `(${formatRate(slow.perSecond)} cases/s).`,
      ]
    : [];
  const cpu = t.suiteCpu;
  const playwrightCpuMs = cpu.roles.filter((r) => r.role === 'npm' || r.role.startsWith('playwright')).reduce((n, r) => n + r.cpuMs, 0);
  const cpuLines = [
    `Where the cores go in one default-suite run (CPU ms per process, bench/processCpu.ts): ` +
      `${cpu.roles.map((r) => `${r.role} ${formatRate(r.cpuMs)}`).join(' · ')} = ${formatRate(cpu.totalCpuMs)} ms on ${cpu.cores} cores, ` +
      `so no schedule of this work ends before ${formatRate(cpu.cpuBoundWallMs)} ms; this run took ${formatRate(cpu.wallMs)} ms ` +
      `(${Math.round((100 * cpu.cpuBoundWallMs) / cpu.wallMs)} % of that minimum). npm and Playwright's processes alone: ${formatRate(playwrightCpuMs)} ms.`,
  ];
  const walls = [
    ...startupLines,
    ...slowLines,
    ...cpuLines,
    `Wall time (median): default suite ${(median(t.suite.map((r) => r.wallMs)) / 1000).toFixed(1)} s; long fuzz ${(median(t.fuzz.map((r) => r.wallMs)) / 1000).toFixed(1)} s` +
      (m.stWallMs === null ? '' : `; Schemathesis ${(m.stWallMs / 1000).toFixed(1)} s`) +
      '.',
    `Medians of ${t.rounds} alternated round(s) (ceiling, suite, fuzz, Schemathesis; repeated). Single worker for both tools.`,
    'The Schemathesis column of the long fuzz rows reuses its default-budget run, where its rate was highest in our runs (it falls with larger budgets: ' +
      'see the budget-matched row); "paired" ratios are medians of the per-round ratios (same round, same machine state).',
    ...(m.fuzzOverStPaired === null
      ? []
      : [
          `Long fuzz run ÷ Schemathesis default run, wall clock, paired per round: median ${formatRatio(m.fuzzOverStPaired, true)} ` +
            `(rounds: ${t.fuzz.map((f, i) => (t.schemathesis[i] ? formatRatio(f.perSecond / t.schemathesis[i].perSecond, true) : '—')).join(', ')}).`,
        ]),
  ];
  const perRound = markdownTable(
    [
      'round',
      'undici',
      'APIRequestContext',
      'our transport',
      'suite cases/s (wall)',
      'fuzz cases/s (wall)',
      'Schemathesis cases/s (wall)',
      'budget-matched: Schemathesis / ours cases/s (wall)',
    ],
    t.ceiling.map((c, i) => [
      String(i + 1),
      formatRate(c.undici),
      formatRate(c.pwBare),
      formatRate(c.pwTransport),
      formatRate(t.suite[i]?.perSecond),
      formatRate(t.fuzz[i]?.perSecond),
      formatRate(t.schemathesis[i]?.perSecond),
      t.matched?.[i] ? `${formatRate(t.matched[i].schemathesis.perSecond)} / ${formatRate(t.matched[i].ours.perSecond)}` : '',
    ]),
  );
  const commands = Object.entries(t.commands).map(([k, v]) => `- ${k}: \`${v}\``);
  return [
    '## Throughput',
    '',
    markdownTable(
      ['measurement', 'ceiling (APIRequestContext req/s)', 'this harness', 'Schemathesis', 'harness / ceiling', 'harness / Schemathesis'],
      rows,
    ),
    '',
    ...walls,
    '',
    '### Per round',
    '',
    perRound,
    '',
    '### Commands',
    '',
    ...commands,
  ].join('\n');
}

const yes = (t: ToolOutcome | null): string => (t === null ? 'not run' : t.detected ? 'yes' : t.warnings.length ? 'warning only' : 'no');
const first = (t: ToolOutcome | null): string =>
  t === null ? '' : t.detected ? String(t.requestsToFirst ?? '?') : `— (${t.requestsSent} sent)`;
const caught = (t: ToolOutcome | null): string =>
  t === null ? '' : [...new Set([...t.caughtBy, ...t.warnings.map((w) => `${w} (warning)`)])].join(', ') + (t.note ? ` — ${t.note}` : '');

function bugSection(b: BugFindingResult): string {
  const rows = b.scenarios.map((s) =>
    s.kind === 'clean'
      ? [
          s.id,
          'reference',
          'n/a',
          `— (${s.ours.requestsSent} sent)`,
          caught(s.ours) || 'none',
          'n/a',
          s.schemathesis ? `— (${s.schemathesis.requestsSent} sent)` : '',
          caught(s.schemathesis) || 'none',
        ]
      : [s.id, s.kind, yes(s.ours), first(s.ours), caught(s.ours), yes(s.schemathesis), first(s.schemathesis), caught(s.schemathesis)],
  );
  const scored = b.scenarios.filter((s) => s.kind !== 'clean');
  const ours = scored.filter((s) => s.ours.detected).length;
  const theirs = scored.filter((s) => s.schemathesis?.detected).length;
  const missed = scored.filter((s) => s.schemathesis?.detected && !s.ours.detected).map((s) => s.id);
  const only = scored.filter((s) => s.ours.detected && s.schemathesis && !s.schemathesis.detected).map((s) => s.id);
  const clean = b.scenarios.find((s) => s.kind === 'clean');
  return [
    '## Bug-finding',
    '',
    `Budget per tool per scenario: ours ${b.budget} requests (the coverage-first phase, then examples + positive + negative) plus the stateful flows; Schemathesis \`--max-examples ${b.stMaxExamples}\` ` +
      `(all phases; about the same number of requests on the clean mock: ours ${clean?.ours.requestsSent ?? '?'}, Schemathesis ${clean?.schemathesis?.requestsSent ?? '?'}). ` +
      'Each run gets a fresh mock process with only that scenario on; both stop at their first new failure.',
    `Transport faults: ${b.faultsAvailable ? 'included (mock/faults/)' : 'not available in this mock build'}.`,
    '',
    markdownTable(
      [
        'scenario',
        'kind',
        'ours: detected',
        'ours: requests to first',
        'ours: checks',
        'Schemathesis: detected',
        'Schemathesis: requests to first',
        'Schemathesis: checks / errors',
      ],
      rows,
    ),
    '',
    `Detected: ours ${ours}/${scored.length}, Schemathesis ${theirs}/${scored.length}. Detected by Schemathesis but not by us: ${missed.length ? missed.join(', ') : 'none'}. ` +
      `Detected only by us: ${only.length ? only.join(', ') : 'none'}.`,
    `Schemathesis command (clean run; scenario runs add \`--max-failures 1 --no-shrink\`): \`${b.stCommand}\``,
  ].join('\n');
}

export function renderBenchMarkdown(r: BenchResult): string {
  const m = r.machine;
  const machine = markdownTable(
    ['machine', 'value'],
    [
      ['nproc', String(m.nproc)],
      ['CPU model', m.cpuModel],
      ['load average at start (1/5/15 min)', m.loadAverageAtStart.join(' / ')],
      ['memory', `${m.memoryGiB} GiB`],
      ['node', m.node],
      ['python', m.python],
      ['platform', m.platform],
      ['Schemathesis', r.schemathesisVersion ?? 'not installed'],
    ],
  );
  return [
    `# Benchmark: this harness vs the APIRequestContext ceiling and Schemathesis${r.quick ? ' (--quick: 1 round, small budgets — not for publication)' : ''}`,
    '',
    `Run \`${r.command}\` from ${r.startedAt} to ${r.finishedAt}. Target: the embedded mock in its own process, 127.0.0.1.`,
    '',
    r.throughput ? throughputSection(r.throughput) : '## Throughput\n\nskipped (--skip-throughput)',
    '',
    r.bugFinding ? bugSection(r.bugFinding) : '## Bug-finding\n\nskipped (--skip-bugs)',
    '',
    r.remote.length > 0 ? remoteSection(r.remote) : '## Remote\n\nskipped (--skip-remote or --quick)',
    '',
    '## Machine',
    '',
    machine,
    '',
  ].join('\n');
}
