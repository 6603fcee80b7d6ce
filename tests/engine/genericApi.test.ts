/**
 * The engine needs no vendor: a small document with its own operation ids, a throw-away local
 * server, the generic generation profile and checks. A correct server passes every positive and
 * negative phase; a server that accepts an out-of-range size is caught by the check named for it.
 */
import { test, expect } from '@playwright/test';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toCurl } from '../../engine/case/toCurl.ts';
import { createCheckContext } from '../../engine/checks/checkContext.ts';
import { loadContract } from '../../engine/contract/loadContract.ts';
import { createRedactor } from '../../engine/redaction/createRedactor.ts';
import { runContractPhase } from '../../engine/run/runContractPhase.ts';
import { createTransport, type Transport } from '../../engine/transport/transport.ts';
import { contractValidator } from '../../engine/validation/contractValidator.ts';
import { genericGenerationContext, negativeCase, positiveCase } from '../../generators/index.ts';

const contract = loadContract(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'widgets.yaml'));
const ctx = genericGenerationContext(contract);
let server: Server;
let transport: Transport;
let acceptAnySize = false;

const json = (status: number, body: unknown) => ({ status, body: JSON.stringify(body) });
const isInt = (v: unknown, min: number, max: number) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

async function answer(req: IncomingMessage): Promise<{ status: number; body: string }> {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname !== '/widgets') return json(404, { problem: 'no such path' });
  if (req.method === 'GET') {
    const limit = url.searchParams.getAll('limit');
    return limit.length === 1 && /^\d+$/.test(limit[0]!) && isInt(Number(limit[0]), 1, 10)
      ? json(200, { items: [] })
      : json(400, { problem: 'limit' });
  }
  let text = '';
  for await (const chunk of req) text += chunk;
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return json(400, { problem: 'media type' });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return json(400, { problem: 'json' });
  }
  const b = body as Record<string, unknown> | null;
  const valid =
    typeof b === 'object' &&
    b !== null &&
    !Array.isArray(b) &&
    Object.keys(b).every((k) => k === 'name' || k === 'size') &&
    typeof b.name === 'string' &&
    b.name.length >= 1 &&
    b.name.length <= 20 &&
    (acceptAnySize ? Number.isInteger(b.size) : isInt(b.size, 1, 5));
  return valid ? json(201, { name: b.name, size: b.size }) : json(400, { problem: 'body' });
}

test.beforeAll(async () => {
  server = createServer((req, res) => {
    void answer(req).then(({ status, body }) => res.writeHead(status, { 'content-type': 'application/json' }).end(body));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  transport = await createTransport({ baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
});
test.afterAll(async () => {
  await transport.dispose();
  await new Promise((done) => server.close(done));
});

function phase(kind: 'positive' | 'negative', operationId: string) {
  const op = contract.operation(operationId);
  const redactor = createRedactor();
  return runContractPhase({
    phase: kind,
    title: `${kind} ${operationId}`,
    operationId,
    arbitrary: kind === 'positive' ? positiveCase(op, ctx) : negativeCase(op, ctx),
    send: (c) => transport.send(c),
    checkContext: createCheckContext({ contract, validator: contractValidator(contract) }),
    seed: 17,
    numRuns: 60,
    maxShrinkSends: 40,
    renderCurl: (c) => toCurl(c, 'http://widgets.test', redactor),
    redact: (t) => redactor.text(t),
    replayCommand: () => 'replay',
  });
}

test('operation ids come from the document; the generic profile knows no vendor', () => {
  expect([...contract.operations.keys()]).toEqual(['listWidgets', 'createWidget']);
  expect(ctx.profile.credentialParameters(contract)).toEqual([]);
});

for (const operationId of ['listWidgets', 'createWidget'])
  for (const kind of ['positive', 'negative'] as const)
    test(`a correct server passes the ${kind} phase of ${operationId}`, async () => {
      acceptAnySize = false;
      const record = await phase(kind, operationId);
      expect(record.failures.map((f) => `${f.failure.check}: ${f.failure.message}`)).toEqual([]);
      expect(record.harnessErrors).toEqual([]);
      expect(record.casesSent).toBe(60);
    });

test('a server that accepts an out-of-range size fails negative_data_rejection, shrunk to the rule', async () => {
  acceptAnySize = true;
  const record = await phase('negative', 'createWidget');
  acceptAnySize = false;
  const failure = record.failures.find((f) => f.failure.check === 'negative_data_rejection');
  expect(failure?.failure.operationId).toBe('createWidget');
  expect(failure?.counterexample.curl).toMatch(/"size":-?\d+/);
});
