/**
 * The throw-away Schemathesis install: a virtualenv at .bench-venv/ (git-ignored), created with
 * `python3 -m venv` and `pip install schemathesis` on first use, reused afterwards. Never a
 * dependency of the project or of npm test. Credentials reach Schemathesis through its config file's
 * ${ENV} substitution ([auth.openapi.<scheme>] blocks named after our securitySchemes), so no secret
 * is ever on a command line or in this repo.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFixture, DEFAULT_FIXTURE_PATH } from '../mock/fixtures/loadFixture.ts';
import { runChild } from './runChild.ts';

export interface SchemathesisEnv {
  readonly st: string;
  readonly version: string;
  /** Working directory of every run (Hypothesis database, .schemathesis cache stay out of the repo). */
  readonly workDir: string;
  readonly configFile: string;
  /** LR_BENCH_API_KEY / LR_BENCH_TOKEN for the config's ${ENV} substitution. */
  readonly env: NodeJS.ProcessEnv;
}

export const ST_CONFIG = [
  '# Written by bench/schemathesisEnv.ts: the mock tenant "suspend", role "positive" (values come from the environment).',
  '[auth.openapi.apiKey]',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: Schemathesis expands ${VAR} in its own config
  'api_key = "${LR_BENCH_API_KEY}"',
  '[auth.openapi.bearerToken]',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: Schemathesis expands ${VAR} in its own config
  'bearer = "${LR_BENCH_TOKEN}"',
  '',
].join('\n');

export async function ensureSchemathesis(cwd: string): Promise<SchemathesisEnv> {
  const venv = join(cwd, '.bench-venv');
  const st = join(venv, 'bin', 'st');
  if (!existsSync(st)) {
    const created = await runChild('python3', ['-m', 'venv', venv], { cwd, timeoutMs: 120_000 });
    if (created.code !== 0)
      throw new Error(`ensureSchemathesis: python3 -m venv failed (${created.stderr.slice(0, 300)}); install python3-venv`);
    const pip = await runChild(join(venv, 'bin', 'pip'), ['install', '-q', 'schemathesis'], { cwd, timeoutMs: 600_000 });
    if (pip.code !== 0 || !existsSync(st))
      throw new Error(
        `ensureSchemathesis: pip install schemathesis failed (${pip.stderr.slice(-300)}); check PyPI access, or delete .bench-venv and retry`,
      );
  }
  const version = (await runChild(st, ['--version'], { cwd, timeoutMs: 60_000 })).stdout.trim().replace(/^st, version\s*/, '');
  const fixture = loadFixture(DEFAULT_FIXTURE_PATH);
  const tenant = fixture.tenants.find((t) => t.name === 'suspend');
  const user = fixture.users.find((u) => u.tenant === 'suspend' && u.role === 'positive');
  if (!tenant || !user)
    throw new Error(
      'ensureSchemathesis: mock/fixtures/tenant.json has no tenant "suspend" with a "positive" user; regenerate it (npx tsx mock/fixtures/buildFixture.ts)',
    );
  const workDir = mkdtempSync(join(tmpdir(), 'lr-bench-st-'));
  const configFile = join(workDir, 'schemathesis.toml');
  writeFileSync(configFile, ST_CONFIG);
  return {
    st,
    version,
    workDir,
    configFile,
    env: { ...process.env, LR_BENCH_API_KEY: tenant.apiKey, LR_BENCH_TOKEN: user.accessTokens.valid },
  };
}
