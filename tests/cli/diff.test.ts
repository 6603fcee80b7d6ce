/**
 * `npm run diff` end to end (tsx cli/diff.ts as a child process): planted edits in a temp copy
 * exit with the right code and name the change; git:HEAD vs the working copy; bad input exits 2
 * with one line naming the problem, never a stack trace.
 */
import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONTRACT = join(ROOT, 'openapi/loginradius-mfa.yaml');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function diff(...args: string[]) {
  const run = spawnSync(TSX, ['cli/diff.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A temp copy of the contract with text replacements applied (each must match once). */
function planted(...edits: Array<[string | RegExp, string]>): string {
  let text = readFileSync(CONTRACT, 'utf8');
  for (const [from, to] of edits) {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`edit did not apply: ${from}`);
    text = next;
  }
  const file = join(mkdtempSync(join(tmpdir(), 'spec-diff-')), 'contract.yaml');
  writeFileSync(file, text);
  return file;
}

const MAKE_OTP_PHONE_REQUIRED: [string, string] = [
  '        - IsOTPAuthenticatorVerified\n      x-ambiguity:',
  '        - IsOTPAuthenticatorVerified\n        - OTPPhoneNo\n      x-ambiguity:',
];
const REMOVE_STEP_UP_200: [RegExp, string] = [/ {8}'200':\n {10}description: The step-up token\.\n(?: {10}.*\n)+?(?= {8}'400')/, ''];

test('a planted breaking edit exits 1 and names each change with its pointer and operation', () => {
  const copy = planted(MAKE_OTP_PHONE_REQUIRED, REMOVE_STEP_UP_200);
  const run = diff(CONTRACT, copy);
  expect(run.code, run.stderr).toBe(1);
  expect(run.stdout).toContain('1 breaking (ERR), 1 possibly breaking (WARN), 0 safe (INFO)');
  expect(run.stdout).toContain(
    'PUT /identity/v2/auth/account/reauth/2fa/otp (mfaReAuthenticateByOTP)\n' +
      '  ERR  success-status-removed: success status 200 removed\n' +
      '       at #/paths/~1identity~1v2~1auth~1account~1reauth~12fa~1otp/put/responses/200 (old document)',
  );
  expect(run.stdout).toContain('WARN response-property-became-required: response property OTPPhoneNo became required');
});

test('a field made required alone passes by default and fails with --fail-on warn', () => {
  const copy = planted(MAKE_OTP_PHONE_REQUIRED);
  expect(diff(CONTRACT, copy).code).toBe(0);
  const strict = diff(CONTRACT, copy, '--fail-on', 'warn', '--format', 'markdown');
  expect(strict.code).toBe(1);
  expect(strict.stdout).toContain('| WARN | `response-property-became-required` |');
});

test('git:HEAD is read with git show: against a copy of the committed contract it finds no changes', () => {
  const committed = spawnSync('git', ['show', 'HEAD:openapi/loginradius-mfa.yaml'], {
    cwd: ROOT,
    encoding: 'utf8',
  }).stdout;
  const copy = join(mkdtempSync(join(tmpdir(), 'spec-diff-')), 'committed.yaml');
  writeFileSync(copy, committed);
  const run = diff('git:HEAD', copy, '--format', 'junit');
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toContain(`<testsuites name="spec diff git:HEAD → ${copy}" tests="1" failures="0">`);
});

test('with no arguments it compares git:HEAD with the working copy', () => {
  const run = diff();
  expect(run.stdout).toMatch(/^Spec diff git:HEAD → openapi\/loginradius-mfa\.yaml: /);
  expect(run).toEqual(diff('git:HEAD', 'openapi/loginradius-mfa.yaml'));
});

const BAD_INPUT: Array<[string, string[], RegExp]> = [
  ['missing file', ['git:HEAD', 'no/such.yaml'], /^diff: no\/such\.yaml: file not found — pass an existing file path or git:<rev>\n$/],
  [
    'unknown git rev',
    ['git:no-such-rev-17', CONTRACT],
    /^diff: git:no-such-rev-17: unknown git revision 'no-such-rev-17' — .*fetch-depth: 0/,
  ],
  ['malformed YAML', [CONTRACT, 'BROKEN'], /: line \d+: malformed YAML: .* — fix the YAML syntax\n$/],
  ['not OpenAPI', [CONTRACT, 'SWAGGER'], /not an OpenAPI 3\.0\/3\.1 document .* — pass an OpenAPI document/],
  ['bad option', ['--format', 'pdf'], /^diff: arguments: --format must be one of text, markdown, junit \(got 'pdf'\) — see --help\n$/],
];

for (const [name, args, expected] of BAD_INPUT) {
  test(`bad input exits 2 with a named message: ${name}`, () => {
    const broken = planted([/^openapi: 3\.1\.0$/m, 'openapi: 3.1.0\npaths: [ {']);
    const swagger = planted([/^openapi: 3\.1\.0$/m, "swagger: '2.0'"]);
    const run = diff(...args.map((a) => (a === 'BROKEN' ? broken : a === 'SWAGGER' ? swagger : a)));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(expected);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
}
