/**
 * Arguments of `npm run diff`: two sides (a file path or `git:<rev>`), `--format` and `--fail-on`,
 * one typed object with documented defaults; every problem is reported in one SpecDiffError.
 */
import { relative, resolve } from 'node:path';
import { SpecDiffError } from '../engine/specDiff/SpecDiffError.ts';
import { FAIL_ON_VALUES, type FailOn } from '../engine/specDiff/failsOn.ts';

type DiffFormat = 'text' | 'markdown' | 'junit';
const DIFF_FORMATS: readonly DiffFormat[] = ['text', 'markdown', 'junit'];

export interface DiffArgs {
  /** Default `git:HEAD`. */
  readonly old: string;
  /** Default the contract file in the working copy. */
  readonly new: string;
  /** Default `text`. */
  readonly format: DiffFormat;
  /** Default `breaking` (exit 1 on ERR); `warn` also fails on WARN. */
  readonly failOn: FailOn;
  /** File read for `git:<rev>` sides: the side given as a path when it lies in the repository, else the default. */
  readonly contractPath: string;
  readonly help: boolean;
}

const DEFAULT_CONTRACT = 'openapi/loginradius-mfa.yaml';

export const DIFF_USAGE = `Usage: npm run diff -- [<old>] [<new>] [--format text|markdown|junit]
                        [--fail-on breaking|warn]
  <old>, <new>  a file path or git:<rev> (default: git:HEAD vs ${DEFAULT_CONTRACT})
  exit 0: nothing at the threshold; 1: breaking (or, with --fail-on warn, possibly breaking) changes; 2: bad input`;

export function parseDiffArgs(argv: readonly string[], cwd: string = process.cwd()): DiffArgs {
  const problems: string[] = [];
  const sides: string[] = [];
  let format = 'text';
  let failOn = 'breaking';
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--')
      ? [arg.split('=')[0]!, arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : undefined]
      : [arg, undefined];
    const value = () => inline ?? argv[++i] ?? '';
    if (flag === '--help' || flag === '-h') help = true;
    else if (flag === '--format') format = value();
    else if (flag === '--fail-on') failOn = value();
    else if (arg.startsWith('-')) problems.push(`unknown option ${arg}`);
    else sides.push(arg);
  }
  if (!DIFF_FORMATS.includes(format as DiffFormat)) problems.push(`--format must be one of ${DIFF_FORMATS.join(', ')} (got '${format}')`);
  if (!FAIL_ON_VALUES.includes(failOn as FailOn)) problems.push(`--fail-on must be one of ${FAIL_ON_VALUES.join(', ')} (got '${failOn}')`);
  if (sides.length > 2) problems.push(`expected at most two sides, got ${sides.length}: ${sides.join(' ')}`);
  if (sides.some((s) => s === 'git:')) problems.push("'git:' needs a revision, e.g. git:HEAD or git:origin/main");
  if (problems.length > 0) throw new SpecDiffError({ source: 'arguments', problem: problems.join('; '), fix: 'see --help' });
  const [old = 'git:HEAD', now = DEFAULT_CONTRACT] = sides;
  // A temp copy outside the working tree has no history: its git side is the default contract.
  const inTree = (s: string) => !s.startsWith('git:') && !relative(cwd, resolve(cwd, s)).startsWith('..');
  const contractPath = [old, now].find(inTree) ?? DEFAULT_CONTRACT;
  return { old, new: now, format: format as DiffFormat, failOn: failOn as FailOn, contractPath, help };
}
