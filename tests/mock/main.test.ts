import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadFixture } from '../../mock/fixtures/loadFixture.ts';

const mainTs = fileURLToPath(new URL('../../mock/main.ts', import.meta.url));

function run(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', mainTs, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const printed = (re: RegExp) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`main.ts did not print ${re}: ${out}`)), 15_000);
      const poll = setInterval(() => {
        const m = out.match(re);
        if (m) {
          clearInterval(poll);
          clearTimeout(timer);
          resolve(m);
        }
      }, 25);
    });
  return { child, exited, printed, output: () => out };
}

test.describe('mock/main.ts (npm run mock)', () => {
  test('reads --port, LR_MOCK_DRIFT and LR_MOCK_RPS; prints URL and key names only; stops cleanly on SIGTERM', async () => {
    const p = run(['--port', '0'], { LR_MOCK_DRIFT: 'additive-field', LR_MOCK_RPS: '50' });
    const [, url] = await p.printed(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
    await p.printed(/stop with Ctrl\+C/);
    const fx = loadFixture();
    const state = await fetch(`${url}/__mock/state`).then((r) => r.json());
    expect([state.drift, state.rateLimitRps]).toEqual([['additive-field'], 50]);
    for (const t of fx.tenants) {
      expect(p.output()).toContain(t.name);
      expect(p.output()).not.toContain(t.apiKey);
    }
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
    expect(p.output()).toContain('SIGTERM received');
  });

  test('a reader that went away (closed stdout pipe) does not turn SIGTERM into an EPIPE crash', async () => {
    const p = run(['--port', '0'], {});
    await p.printed(/stop with Ctrl\+C/);
    p.child.stdout.destroy();
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
    expect(p.output()).not.toMatch(/EPIPE|Unhandled 'error' event/);
  });

  test('an unknown drift id exits with code 2 and lists the valid ids', async () => {
    const p = run(['--port', '0'], { LR_MOCK_DRIFT: 'nope' });
    expect(await p.exited).toBe(2);
    expect(p.output()).toMatch(/unknown drift scenario\(s\) nope; valid ids: field-renamed/);
  });
});
