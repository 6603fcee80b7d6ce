/**
 * The embedded mock of a mock-mode run, started by the CLI in its own process (the engine and the
 * mock then each have a core). A mock already answering on the port (`npm run mock`) is reused and
 * put back to its fixture state instead, as the suite always starts from it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createMockControl } from '../loginradius/target/mockControl.ts';

export interface EmbeddedMock {
  /** Stops the mock if this run started it. */
  stop(): void;
}

async function answers(baseUrl: string): Promise<boolean> {
  try {
    await createMockControl(baseUrl).state();
    return true;
  } catch {
    return false;
  }
}

function started(child: ChildProcess, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`the embedded mock did not start on port ${port} within 30 s`)), 30_000);
    const onData = (chunk: Buffer) => {
      seen = (seen + chunk.toString('utf8')).slice(-4096);
      if (/mock listening on http/.test(seen)) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the embedded mock exited (code ${code}) before listening on port ${port}: ${seen.trim().slice(-500)}`));
    });
  });
}

export async function startEmbeddedMock(baseUrl: string, port: number, env: NodeJS.ProcessEnv): Promise<EmbeddedMock> {
  if (await answers(baseUrl)) {
    await createMockControl(baseUrl).reset();
    return { stop: () => undefined };
  }
  const child = spawn(process.execPath, [join(process.cwd(), 'cli', 'launch.mjs'), 'mock/main.ts', '--port', String(port)], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  process.once('exit', stop);
  await started(child, port);
  return { stop };
}
