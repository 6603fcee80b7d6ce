/**
 * The vendor's own doc pages are the primary source: every JSON body they print must validate for
 * its operation and a status that documents its ErrorCode, and the contract must carry it as an
 * example. The pages live beside the repo (`<repo>/../shared/reference/vendor-docs`); when that
 * folder is missing the test fails and says where it looked.
 */
import { test, expect } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContract } from '../../engine/contract/loadContract.ts';
import { DEFAULT_CONTRACT_PATH } from '../../loginradius/contract/defaultContractPath.ts';
import { contractValidator } from '../../engine/validation/contractValidator.ts';
import type { OperationSpec } from '../../engine/contract/types.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const docsDir = resolve(repoRoot, '..', 'shared', 'reference', 'vendor-docs');
const contract = loadContract(DEFAULT_CONTRACT_PATH);
const validator = contractValidator(contract);
const JSON_UTF8 = 'application/json; charset=utf-8';

/** Every top-level JSON object in free text (a `{` that does not start valid JSON is skipped). */
export function jsonBodies(text: string): unknown[] {
  const out: unknown[] = [];
  for (let at = text.indexOf('{'); at !== -1; ) {
    const end = closingBrace(text, at);
    let parsed: unknown;
    if (end !== -1)
      try {
        parsed = JSON.parse(text.slice(at, end + 1));
      } catch {
        parsed = undefined;
      }
    if (parsed !== undefined) out.push(parsed);
    at = text.indexOf('{', parsed !== undefined ? end + 1 : at + 1);
  }
  return out;
}

function closingBrace(text: string, from: number): number {
  let depth = 0;
  let inString = false;
  for (let i = from; i < text.length; i += 1) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{') depth += 1;
    else if (c === '}' && (depth -= 1) === 0) return i;
  }
  return -1;
}

/** The operation a page documents, from the "`METHOD /path`" its README row names. */
function operationOfPage(readme: string, file: string): OperationSpec | undefined {
  const row = readme.split('\n').find((line) => line.includes(file));
  const m = row?.match(/`(GET|PUT|POST|DELETE|PATCH) (\/[^`\s]+)`/);
  if (!m) return undefined;
  return [...contract.operations.values()].find((op) => op.method === m[1] && op.path.toLowerCase() === m[2]!.toLowerCase());
}

function pages(): Array<{ file: string; op: OperationSpec | undefined; bodies: unknown[] }> {
  const readme = readFileSync(join(docsDir, 'README.md'), 'utf8');
  return readdirSync(docsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, op: operationOfPage(readme, file), bodies: jsonBodies(readFileSync(join(docsDir, file), 'utf8')) }));
}

const codeOf = (body: unknown): number | undefined => (body as { ErrorCode?: unknown }).ErrorCode as number | undefined;

test('the vendor doc pages are beside the repo', () => {
  expect(
    existsSync(join(docsDir, 'README.md')),
    `vendor doc pages not found at ${docsDir}: clone the repo next to shared/ (or copy shared/reference/vendor-docs there); these pages are the contract's primary source`,
  ).toBe(true);
});

test('every JSON body on the vendor pages validates for its operation and status', () => {
  expect(existsSync(docsDir), `vendor doc pages not found at ${docsDir}`).toBe(true);
  const found = pages();
  expect(found.map((p) => p.file)).toEqual(['000_da63176b63d23704.txt', '003_af6e46c4b571a6cd.txt']);
  const rejected: string[] = [];
  let checked = 0;
  for (const { file, op, bodies } of found) {
    expect(op, `${file}: the README names no documented operation for it`).toBeDefined();
    expect(bodies.length, `${file}: no JSON body found`).toBeGreaterThan(0);
    for (const body of bodies) {
      const code = codeOf(body);
      const statuses =
        code === undefined
          ? ['200']
          : Object.values(op!.responses)
              .filter((r) => r.errorCodes.includes(code))
              .map((r) => r.status);
      if (statuses.length === 0) rejected.push(`${file}: ErrorCode ${code} is documented for no status of ${op!.operationId}`);
      for (const status of statuses) {
        const result = validator.validate(op!.operationId, Number(status), JSON_UTF8, body);
        if (!result.ok) rejected.push(`${file} → ${op!.operationId} ${status}: ${result.summary}`);
        checked += 1;
      }
    }
  }
  expect(rejected).toEqual([]);
  expect(checked).toBeGreaterThanOrEqual(5);
});

test('the contract carries every vendor-page body as an example of its operation and status', () => {
  expect(existsSync(docsDir), `vendor doc pages not found at ${docsDir}`).toBe(true);
  const missing: string[] = [];
  for (const { file, op, bodies } of pages()) {
    for (const body of bodies) {
      const code = codeOf(body);
      const carried = Object.values(op!.responses)
        .filter((r) => (code === undefined ? r.status === '200' : r.errorCodes.includes(code)))
        .some((r) => (r.content['application/json']?.examples ?? []).some((e) => JSON.stringify(e) === JSON.stringify(body)));
      if (!carried) missing.push(`${file}: ${JSON.stringify(body).slice(0, 60)}`);
    }
  }
  expect(missing).toEqual([]);
});

test('jsonBodies finds objects in prose and skips braces that are not JSON', () => {
  expect(jsonBodies('text { not json } then {"a": {"b": "}"}} and {"c": 1}')).toEqual([{ a: { b: '}' } }, { c: 1 }]);
});
