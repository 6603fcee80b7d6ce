/**
 * The registry is explicit and the engine stays generic: unique rule names, every rule declares a
 * level and a reason, and no engine file names this contract or imports the folders being reorganised.
 */
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES, RULE_BY_NAME } from '../../../engine/specDiff/ruleRegistry.ts';

// Vendor names, operation ids and every documented error code of the real contract.
const contract = readFileSync(new URL('../../../openapi/loginradius-mfa.yaml', import.meta.url), 'utf8');
const CONTRACT_WORDS = new Set([
  'loginradius',
  'apikey',
  'access_token',
  ...[...contract.matchAll(/operationId: (\w+)/g)].map((m) => m[1]!),
  ...[...contract.matchAll(/x-error-codes: \[([\d, ]+)\]/g)].flatMap((m) => m[1]!.split(/, */)),
]);
const ENGINE = fileURLToPath(new URL('../../../engine/specDiff', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const full = join(dir, n);
    return statSync(full).isDirectory() ? files(full) : [full];
  });

test('rule names are unique and each rule declares its level and reason', () => {
  expect(RULE_BY_NAME.size).toBe(RULES.length);
  for (const rule of RULES) {
    expect(['ERR', 'WARN', 'INFO'], rule.name).toContain(rule.level);
    expect(rule.why.length, rule.name).toBeGreaterThan(10);
    expect(rule.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
  }
});

test('the engine names nothing specific to this contract and imports only node built-ins and yaml', () => {
  expect(CONTRACT_WORDS.has('mfaReAuthenticate') && CONTRACT_WORDS.has('908')).toBe(true);
  const offenders: string[] = [];
  for (const file of files(ENGINE)) {
    const text = readFileSync(file, 'utf8');
    for (const word of CONTRACT_WORDS) if (new RegExp(`\\b${word}\\b`, 'i').test(text)) offenders.push(`${file}: names ${word}`);
    for (const [, spec] of text.matchAll(/from '([^']+)'/g)) {
      if (!spec!.startsWith('.') && !spec!.startsWith('node:') && spec !== 'yaml') offenders.push(`${file}: imports ${spec}`);
      if (/(^|\/)(core|generators|specs|reporting)\//.test(spec!)) offenders.push(`${file}: imports ${spec}`);
    }
  }
  expect(offenders).toEqual([]);
});
