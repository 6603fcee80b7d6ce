/**
 * Throw-away checkouts of git revisions for the compare scripts: each revision in its own worktree
 * (sharing this checkout's node_modules), "WORKTREE" meaning this checkout as it is; all removed
 * again when `use` settles.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const WORKTREE = 'WORKTREE';

export async function withRevisionCheckouts<T>(
  root: string,
  revisions: readonly string[],
  use: (dirs: ReadonlyMap<string, string>) => Promise<T>,
): Promise<T> {
  const scratch = mkdtempSync(join(tmpdir(), 'lr-bench-revs-'));
  const dirs = new Map<string, string>();
  try {
    for (const [i, rev] of revisions.entries()) {
      if (rev === WORKTREE) {
        dirs.set(rev, root);
        continue;
      }
      const dir = join(scratch, `rev${i}`);
      execFileSync('git', ['worktree', 'add', '--detach', dir, rev], { cwd: root, stdio: 'ignore' });
      if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
      dirs.set(rev, dir);
    }
    return await use(dirs);
  } finally {
    for (const [rev, dir] of dirs)
      if (rev !== WORKTREE) execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: root, stdio: 'ignore' });
    rmSync(scratch, { recursive: true, force: true });
  }
}
