/**
 * What did each change buy? `npx tsx bench/compareRevisions.ts <rev> <rev> … [--rounds 3] [--num-runs 3400]`
 * checks each git revision out into a throw-away worktree (sharing this checkout's node_modules),
 * then runs the same long fuzz run (the bench's FUZZ_GREP, fixed seed) in every worktree, alternated
 * A B C, A B C … so the shared machine's drift hits each alike, and prints the medians: wall clock,
 * engine, the single-use OTP phases and the others. The working tree counts as revision "WORKTREE".
 */
import { runContract } from './contractRun.ts';
import { withRevisionCheckouts } from './revisionCheckouts.ts';
import { markdownTable, formatRate, formatRatio } from './markdownTable.ts';
import { alternate, median } from './stats.ts';
import { FUZZ_GREP, toRunRate, type RunRate } from './throughput.ts';

function parseArgs(argv: readonly string[]): { revisions: string[]; rounds: number; numRuns: number } {
  const flag = (name: string, fallback: number): number => {
    const i = argv.indexOf(name);
    const value = i === -1 ? fallback : Number(argv[i + 1]);
    if (!Number.isInteger(value) || value < 1) throw new Error(`compareRevisions: ${name} must be an integer >= 1, got ${argv[i + 1]}`);
    return value;
  };
  const revisions = argv.filter((a, i) => !a.startsWith('--') && !['--rounds', '--num-runs'].includes(argv[i - 1] ?? ''));
  if (revisions.length < 2)
    throw new Error('compareRevisions: name at least two revisions, e.g. HEAD~1 HEAD (or WORKTREE for uncommitted changes)');
  return { revisions, rounds: flag('--rounds', 3), numRuns: flag('--num-runs', 3400) };
}

async function main(): Promise<void> {
  const { revisions, rounds, numRuns } = parseArgs(process.argv.slice(2));
  const root = process.cwd();
  await withRevisionCheckouts(root, revisions, async (dirs) => {
    const rates = new Map<string, RunRate[]>(revisions.map((r) => [r, []]));
    for (const { round, item: rev } of alternate(revisions, rounds)) {
      const rate = toRunRate(
        await runContract({ cwd: dirs.get(rev)!, env: { LR_NUM_RUNS: String(numRuns) }, args: ['--grep', FUZZ_GREP] }),
      );
      rates.get(rev)!.push(rate);
      console.log(
        `round ${round + 1}/${rounds} ${rev}: ${Math.round(rate.perSecond)} cases/s wall, ${Math.round(rate.enginePerSecond ?? NaN)} engine`,
      );
    }
    const m = (rev: string, pick: (r: RunRate) => number | undefined): number => median(rates.get(rev)!.map((r) => pick(r) ?? NaN));
    const first = revisions[0]!;
    console.log(`\nLong fuzz run (${FUZZ_GREP}, LR_NUM_RUNS=${numRuns}), medians of ${rounds} alternated rounds, cases/s:\n`);
    console.log(
      markdownTable(
        ['revision', 'wall clock', 'engine', 'phases without single-use OTPs', 'single-use OTP phases', `wall ÷ ${first}`],
        revisions.map((rev) => [
          rev,
          formatRate(m(rev, (r) => r.perSecond)),
          formatRate(m(rev, (r) => r.enginePerSecond)),
          formatRate(m(rev, (r) => r.otherPerSecond)),
          formatRate(m(rev, (r) => r.singleUseOtpPerSecond)),
          formatRatio(m(rev, (r) => r.perSecond) / m(first, (r) => r.perSecond), true),
        ]),
      ),
    );
  });
}

main().catch((error: unknown) => {
  console.error(`compareRevisions failed: ${(error as Error).message}`);
  process.exitCode = 1;
});
