/** Test helper: runs a cli/ entry point (enroll, unlock) as `npm run` would, with only the given LR_ variables. */
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function runTool(
  entry: 'cli/enroll.ts' | 'cli/unlock.ts',
  env: Record<string, string>,
  args: string[] = [],
): Promise<{ exitCode: number; output: string }> {
  const childEnv: Record<string, string | undefined> = { ...process.env, ...env };
  for (const k of Object.keys(childEnv)) if (k.startsWith('LR_') && !(k in env)) delete childEnv[k];
  // No stray .env of the developer: the tools run in a folder without one.
  const child = spawn(join(repoRoot, 'node_modules', '.bin', 'tsx'), [join(repoRoot, entry), ...args], {
    cwd: join(repoRoot, 'tests', 'cli'),
    env: childEnv,
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exitCode: number = await new Promise((r) => child.on('close', (code) => r(code ?? -1)));
  return { exitCode, output };
}
