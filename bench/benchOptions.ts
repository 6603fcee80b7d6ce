/**
 * Options of `npm run bench`, from argv, validated at once (errors name the flag and the fix).
 *   --quick                 1 round, shorter ceiling cells, smaller fuzz run and bug-finding budgets
 *   --rounds <n>            alternated rounds of the throughput rows (default 3; --quick: 1)
 *   --skip-throughput       bug-finding only          --skip-bugs   throughput only
 *   --skip-remote           no remote rows (the default remote run against the staging profile)
 *   --scenarios <a,b>       bug-finding: only these drift/fault ids (plus "clean")
 */
export interface BenchOptions {
  readonly quick: boolean;
  /** Alternated rounds of the throughput rows. @defaultValue 3 (quick: 1) */
  readonly rounds: number;
  /** Seconds per client cell of the ceiling. @defaultValue 3 (quick: 1.5) */
  readonly ceilingSeconds: number;
  /** Requests in flight for the ceiling: the harness's default concurrency on the mock. @defaultValue 8 */
  readonly inflight: number;
  /** LR_NUM_RUNS of the long fuzz run (6 phases match its --grep). @defaultValue 3400 (≈20,400 cases; quick: 500) */
  readonly fuzzNumRuns: number;
  /** Schemathesis --max-examples of the throughput run. @defaultValue 100 (its default; quick: 30) */
  readonly stMaxExamples: number;
  /**
   * Schemathesis --max-examples of the budget-matched pair (its rate changes with the budget, so it is
   * also compared with our fuzz run at about its own number of requests). @defaultValue 500 (quick: 0 = skipped)
   */
  readonly stMatchedMaxExamples: number;
  /** Our requests per bug-finding scenario (coverage-first phase + examples + positive + negative; the suite's flows come on top). @defaultValue 300 (quick: 120) */
  readonly bugBudget: number;
  /** Schemathesis --max-examples per bug-finding scenario (sized to send about bugBudget requests). @defaultValue 10 (quick: 5) */
  readonly stBugMaxExamples: number;
  /** Per-request timeout of both tools in bug-finding (hang faults). @defaultValue 5000 ms */
  readonly bugTimeoutMs: number;
  readonly skipThroughput: boolean;
  readonly skipBugs: boolean;
  /** Leave out the remote rows (the default remote run against the staging profile, 1 and 3 accounts: ~7 min of real TOTP steps). @defaultValue false (quick: true) */
  readonly skipRemote: boolean;
  /** Restrict bug-finding to these scenario ids; undefined = all. */
  readonly scenarios: readonly string[] | undefined;
}

const FLAGS = ['--quick', '--rounds', '--skip-throughput', '--skip-bugs', '--skip-remote', '--scenarios'];

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    if (i === -1) return undefined;
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--'))
      throw new Error(`bench: ${flag} needs a value, e.g. ${flag} ${flag === '--rounds' ? '3' : 'type-changed,hang'}`);
    return v;
  };
  const unknown = argv.filter((a, i) => a.startsWith('--') && !FLAGS.includes(a) && !(i > 0 && FLAGS.includes(argv[i - 1] ?? '')));
  if (unknown.length > 0) throw new Error(`bench: unknown option(s) ${unknown.join(' ')}; known: ${FLAGS.join(' ')}`);
  const quick = argv.includes('--quick');
  const roundsText = value('--rounds');
  const rounds = roundsText === undefined ? (quick ? 1 : 3) : Number(roundsText);
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > 10)
    throw new Error(`bench: --rounds must be an integer 1–10, got ${roundsText}; medians need >= 3 for the published table`);
  const scenariosText = value('--scenarios');
  return {
    quick,
    rounds,
    ceilingSeconds: quick ? 1.5 : 3,
    inflight: 8,
    fuzzNumRuns: quick ? 500 : 3400,
    stMaxExamples: quick ? 30 : 100,
    stMatchedMaxExamples: quick ? 0 : 500,
    bugBudget: quick ? 120 : 300,
    stBugMaxExamples: quick ? 5 : 10,
    bugTimeoutMs: 5000,
    skipThroughput: argv.includes('--skip-throughput'),
    skipBugs: argv.includes('--skip-bugs'),
    skipRemote: quick || argv.includes('--skip-remote'),
    scenarios:
      scenariosText === undefined
        ? undefined
        : scenariosText
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
  };
}
