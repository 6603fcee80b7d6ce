/**
 * Start-up of `npm run contract` per revision: `npx tsx bench/compareStartup.ts <rev|WORKTREE> … [--rounds 5]`
 * checks each revision out into a throw-away worktree (sharing this checkout's node_modules), runs
 * the default suite against a mock of this process in every worktree, alternated A B A B …, and
 * prints the medians of each stage (bench/startupStages.ts).
 */
import { withRevisionCheckouts } from './revisionCheckouts.ts';
import { markdownTable } from './markdownTable.ts';
import { alternate, median } from './stats.ts';
import { measureStartup, type StartupStages } from './startupStages.ts';

const STAGES: ReadonlyArray<readonly [keyof StartupStages, string]> = [
  ['firstRequestMs', 'first request'],
  ['runnerReadyMs', 'Playwright runner ready'],
  ['firstOutcomeMs', 'first test reported'],
  ['exitMs', 'exit (reports written)'],
];

function parseArgs(argv: readonly string[]): { revisions: string[]; rounds: number } {
  const i = argv.indexOf('--rounds');
  const rounds = i === -1 ? 5 : Number(argv[i + 1]);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`compareStartup: --rounds must be an integer >= 1, got ${argv[i + 1]}`);
  const revisions = argv.filter((a, k) => !a.startsWith('--') && argv[k - 1] !== '--rounds');
  if (revisions.length === 0) throw new Error('compareStartup: name at least one revision, e.g. HEAD~3 WORKTREE');
  return { revisions, rounds };
}

async function main(): Promise<void> {
  const { revisions, rounds } = parseArgs(process.argv.slice(2));
  const root = process.cwd();
  await withRevisionCheckouts(root, revisions, async (dirs) => {
    // One unmeasured run each: bundles and transform caches are built once, as on any second run.
    for (const rev of revisions) await measureStartup({ cwd: dirs.get(rev)! });
    const runs = new Map<string, StartupStages[]>(revisions.map((r) => [r, []]));
    for (const { round, item: rev } of alternate(revisions, rounds)) {
      const stages = await measureStartup({ cwd: dirs.get(rev)! });
      if (stages.exitCode !== 0) throw new Error(`compareStartup: ${rev} exited ${stages.exitCode}; run npm run contract there to see why`);
      runs.get(rev)!.push(stages);
      console.log(`round ${round + 1}/${rounds} ${rev}: ${STAGES.map(([k, name]) => `${name} ${stages[k]} ms`).join(', ')}`);
    }
    console.log(`\nnpm run contract, default suite, medians of ${rounds} alternated rounds (ms from the command):\n`);
    console.log(
      markdownTable(
        ['stage', ...revisions],
        STAGES.map(([k, name]) => [name, ...revisions.map((rev) => String(Math.round(median(runs.get(rev)!.map((s) => s[k] as number)))))]),
      ),
    );
  });
}

main().catch((error: unknown) => {
  console.error(`compareStartup failed: ${(error as Error).message}`);
  process.exitCode = 1;
});
