/**
 * `npm run diff -- [<old>] [<new>] [--format text|markdown|junit] [--fail-on breaking|warn]`:
 * classifies what changed between two versions of the contract. Exit 0 (nothing at the threshold),
 * 1 (breaking changes, or possibly breaking ones with --fail-on warn), 2 (bad input, named with its fix).
 */
import { DIFF_USAGE, parseDiffArgs, type DiffArgs } from './diffArgs.ts';
import { readSpecSide } from './readSpecSide.ts';
import { diffSpecs } from '../engine/specDiff/diffSpecs.ts';
import { failsOn } from '../engine/specDiff/failsOn.ts';
import { renderJunit } from '../engine/specDiff/render/renderJunit.ts';
import { renderMarkdown } from '../engine/specDiff/render/renderMarkdown.ts';
import { renderText } from '../engine/specDiff/render/renderText.ts';
import type { RenderInput } from '../engine/specDiff/render/RenderInput.ts';
import { SpecDiffError } from '../engine/specDiff/SpecDiffError.ts';

const RENDERERS: Record<DiffArgs['format'], (input: RenderInput) => string> = {
  text: renderText,
  markdown: renderMarkdown,
  junit: renderJunit,
};

function main(argv: readonly string[]): number {
  const args = parseDiffArgs(argv);
  if (args.help) {
    process.stdout.write(`${DIFF_USAGE}\n`);
    return 0;
  }
  // File sides first: a missing file is the error to report, not that git lacks it at <rev>.
  const read = (side: string) => () => readSpecSide(side, args.contractPath);
  const [readOld, readNew] = [read(args.old), read(args.new)];
  const newFirst = args.old.startsWith('git:') && !args.new.startsWith('git:');
  const newSource = newFirst ? readNew() : undefined;
  const oldSource = readOld();
  const result = diffSpecs(oldSource, newSource ?? readNew());
  process.stdout.write(RENDERERS[args.format]({ result, oldLabel: args.old, newLabel: args.new, failOn: args.failOn }));
  return failsOn(result, args.failOn) ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // Input problems are expected and carry their fix; anything else is still one readable line.
  const message = error instanceof SpecDiffError ? error.message : `internal error: ${(error as Error).message ?? String(error)}`;
  process.stderr.write(`diff: ${message}\n${error instanceof SpecDiffError ? '' : `${DIFF_USAGE}\n`}`);
  process.exitCode = 2;
}
