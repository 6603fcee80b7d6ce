/**
 * One side of the diff → a parsed document: a file from disk, or `git:<rev>` read with
 * `git show <rev>:<path>`. Missing files, unknown revisions and broken documents become
 * SpecDiffErrors that name the problem and the fix.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseSpec } from '../engine/specDiff/parseSpec.ts';
import { SpecDiffError } from '../engine/specDiff/SpecDiffError.ts';
import type { SpecSource } from '../engine/specDiff/SpecSource.ts';

export function readSpecSide(side: string, contractPath: string, cwd: string = process.cwd()): SpecSource {
  if (side.startsWith('git:')) return parseSpec(gitShow(side.slice(4), contractPath, cwd, side), side);
  try {
    return parseSpec(readFileSync(resolve(cwd, side), 'utf8'), side);
  } catch (error) {
    if (error instanceof SpecDiffError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? 'file not found' : `cannot read the file (${code ?? String(error)})`;
    throw new SpecDiffError({ source: side, problem, fix: 'pass an existing file path or git:<rev>' }, { cause: error });
  }
}

function gitShow(rev: string, contractPath: string, cwd: string, label: string): string {
  const path = relative(cwd, resolve(cwd, contractPath)).split('\\').join('/');
  try {
    return execFileSync('git', ['show', `${rev}:./${path}`], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 << 20,
    });
  } catch (error) {
    const err = error as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT')
      throw new SpecDiffError({ source: label, problem: 'git is not installed', fix: 'install git or pass file paths' }, { cause: error });
    const stderr = String(err.stderr ?? '').trim();
    if (/does not exist in|exists on disk, but not in/.test(stderr)) {
      throw new SpecDiffError(
        {
          source: label,
          problem: `${path} does not exist at ${rev}`,
          fix: 'pick a revision that has the file, or pass a file path',
        },
        { cause: error },
      );
    }
    if (/invalid object name|unknown revision|bad revision|not a valid object name|ambiguous argument/i.test(stderr)) {
      throw new SpecDiffError(
        {
          source: label,
          problem: `unknown git revision '${rev}'`,
          fix: 'pass an existing branch, tag or commit (in CI, fetch history: actions/checkout with fetch-depth: 0)',
        },
        { cause: error },
      );
    }
    const first = stderr.split('\n')[0] || String(err.message);
    throw new SpecDiffError(
      {
        source: label,
        problem: `git show failed: ${first}`,
        fix: 'run the diff inside the repository, or pass file paths',
      },
      { cause: error },
    );
  }
}
