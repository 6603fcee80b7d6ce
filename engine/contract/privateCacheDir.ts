/**
 * A folder of the user's own for what is derived from a contract (the parsed document, compiled
 * validators): in the temporary directory, created 0700. Another user's folder of that name (a
 * shared /tmp) could hold planted files, so it is used only when this user owns it and nobody
 * else may write it; otherwise there is none and callers work without a cache.
 */
import { mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function privateCacheDir(): string | undefined {
  try {
    const uid = process.getuid?.() ?? 0;
    const dir = join(tmpdir(), `lr-contract-cache-${uid}`);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = statSync(dir);
    return st.uid === uid && (st.mode & 0o077) === 0 ? dir : undefined;
  } catch {
    return undefined;
  }
}
