/**
 * One folder's DEPS.list, in the spirit of Playwright's: what the TypeScript files under the folder
 * may import. Lines are repo-relative folders (`engine/contract/`) or files, `npm:<package>` for a
 * package, `# job: ...` for the folder's one-line job (ARCHITECTURE.md shows it), other `#` lines
 * are comments. A `[file.ts]` header starts exceptions for that one file of the folder.
 * The folder itself and Node's built-ins are always allowed.
 */

export interface DepsList {
  /** Repo-relative folder the list belongs to, without a trailing slash ('' for the root). */
  readonly folder: string;
  readonly job: string;
  /** Repo-relative paths; a path ending in `/` allows everything under it. */
  readonly allowed: readonly string[];
  readonly packages: readonly string[];
  /** File name (in this folder) → extra paths and packages it alone may import. */
  readonly exceptions: Readonly<Record<string, { readonly allowed: readonly string[]; readonly packages: readonly string[] }>>;
}

class DepsListError extends Error {}

export function parseDepsList(folder: string, text: string): DepsList {
  let job = '';
  const main = { allowed: [] as string[], packages: [] as string[] };
  const exceptions: Record<string, { allowed: string[]; packages: string[] }> = {};
  let section = main;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    if (line.startsWith('# job:')) job = line.slice('# job:'.length).trim();
    else if (line.startsWith('#')) return;
    else if (/^\[[^\]/]+\]$/.test(line)) section = exceptions[line.slice(1, -1)] ??= { allowed: [], packages: [] };
    else if (line.startsWith('npm:')) section.packages.push(line.slice(4));
    else if (line.startsWith('/') || line.startsWith('.') || line.includes(' '))
      throw new DepsListError(
        `${folder || '.'}/DEPS.list:${index + 1}: "${line}" is not a repo-relative path; write e.g. engine/contract/ or npm:fast-check`,
      );
    else section.allowed.push(line);
  });
  if (job === '') throw new DepsListError(`${folder || '.'}/DEPS.list: no "# job:" line; say in one line what the folder does`);
  return { folder, job, ...main, exceptions };
}
