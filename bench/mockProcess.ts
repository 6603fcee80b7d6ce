/**
 * The embedded mock as its own process (`mock/main.ts`, as `npm run mock` runs it), so the tool
 * under test and the mock never share an event loop. Drift via LR_MOCK_DRIFT, a transport fault via
 * LR_MOCK_FAULT; both are verified against the mock's state before use. Requests are
 * counted with the mock's own `requestsServed` (vendor paths only), the same counter for both tools.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { freePort } from './freePort.ts';

export interface MockProcessOptions {
  /** Drift scenario ids. @defaultValue [] */
  readonly drift?: readonly string[];
  /** Transport fault id. @defaultValue none */
  readonly fault?: string;
  /** Repository root. @defaultValue process.cwd() */
  readonly cwd?: string;
}

export interface MockProcess {
  readonly url: string;
  readonly port: number;
  /** Resident memory of the mock's process tree in MiB (Linux /proc), or null where it cannot be read. */
  rssMiB(): number | null;
  /** GET /__mock/state as parsed JSON. */
  state(): Promise<Record<string, unknown>>;
  requestsServed(): Promise<number>;
  close(): Promise<void>;
}

/** VmRSS of a process and its descendants (tsx runs the mock in a child of the process we spawn). */
function treeRssMiB(pid: number): number | null {
  try {
    const rss = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return Math.round(rss + children.reduce((n, c) => n + (treeRssMiB(c) ?? 0), 0));
  } catch {
    return null;
  }
}

async function waitReady(url: string, child: ChildProcess, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null)
      throw new Error(`mockProcess: mock exited early with code ${child.exitCode}; run "npm run mock" to see why`);
    try {
      const r = await fetch(`${url}/__mock/state`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`mockProcess: mock not ready at ${url} after ${ms} ms; is the machine overloaded?`);
}

export async function startMockProcess(options: MockProcessOptions = {}): Promise<MockProcess> {
  const cwd = options.cwd ?? process.cwd();
  const port = await freePort();
  const env = {
    ...process.env,
    LR_MOCK_PORT: String(port),
    LR_MOCK_DRIFT: (options.drift ?? []).join(','),
    LR_MOCK_FAULT: options.fault ?? '',
  };
  const child = spawn(process.execPath, [join(cwd, 'cli', 'launch.mjs'), 'mock/main.ts', '--port', String(port)], {
    cwd,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const url = `http://127.0.0.1:${port}`;
  const close = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  try {
    await waitReady(url, child, 20_000);
  } catch (error) {
    await close();
    throw new Error(`${(error as Error).message}${stderr ? `\n${stderr.slice(0, 500)}` : ''}`);
  }
  const state = async (): Promise<Record<string, unknown>> =>
    (await (await fetch(`${url}/__mock/state`)).json()) as Record<string, unknown>;
  const activeFault = async (): Promise<string | null> => {
    const f = (await state())['fault'];
    return f && typeof f === 'object' ? String((f as { fault?: unknown }).fault ?? '') || null : typeof f === 'string' ? f : null;
  };
  if (options.fault && (await activeFault()) !== options.fault) {
    await close();
    throw new Error(`mockProcess: fault ${options.fault} not active; check the id against mock/faults/faults.ts`);
  }
  const drift = (await state())['drift'];
  const missing = (options.drift ?? []).filter((d) => !(Array.isArray(drift) && drift.includes(d)));
  if (missing.length > 0) {
    await close();
    throw new Error(`mockProcess: drift ${missing.join(', ')} not active; check the ids against mock/drift/scenarios.ts`);
  }
  return {
    url,
    port,
    state,
    close,
    requestsServed: async () => Number((await state())['requestsServed'] ?? NaN),
    rssMiB: () => (child.pid === undefined ? null : treeRssMiB(child.pid)),
  };
}
