/**
 * Each transport fault of mock/faults/faults.ts does to the wire what its description says, only on
 * the operations it targets (default: the step-up trigger), never on /__mock/*, and can be switched by
 * option, by PUT /__mock/fault and back off by reset.
 */
import { test, expect } from '@playwright/test';
import { request as httpRequest } from 'node:http';
import { startMock } from '../../../mock/startMock.ts';
import { FAULT_IDS } from '../../../mock/faults/faults.ts';
import type { FaultId } from '../../../mock/faults/faults.ts';
import type { RunningMock } from '../../../mock/startMock.ts';
import { PATHS } from '../helpers/mockHarness.ts';

interface Wire {
  status?: number;
  headers?: Record<string, string | string[] | undefined>;
  body: Buffer;
  error?: string;
  ms: number;
  chunks: number;
}

/** A raw node:http GET that records what arrived, including socket errors and partial bodies. */
function get(mock: RunningMock, path: string, timeoutMs = 3000, method = 'GET', body?: string): Promise<Wire> {
  return new Promise((resolve) => {
    const started = Date.now();
    const chunks: Buffer[] = [];
    let status: number | undefined;
    let headers: Wire['headers'];
    const done = (error?: string): void =>
      resolve({
        ...(status === undefined ? {} : { status }),
        ...(headers ? { headers } : {}),
        body: Buffer.concat(chunks),
        ...(error ? { error } : {}),
        ms: Date.now() - started,
        chunks: chunks.length,
      });
    const req = httpRequest(
      `${mock.url}${path}`,
      { method, agent: false, headers: body ? { 'content-type': 'application/json' } : {} },
      (res) => {
        status = res.statusCode;
        headers = res.headers;
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done());
        res.on('error', (e) => done(`${(e as NodeJS.ErrnoException).code ?? ''} ${e.message}`));
        res.on('aborted', () => done('aborted'));
      },
    );
    req.setTimeout(timeoutMs, () => {
      req.destroy(new Error('client timeout'));
    });
    req.on('error', (e) => done(`${(e as NodeJS.ErrnoException).code ?? ''} ${e.message}`));
    req.end(body);
  });
}

let mock: RunningMock;
let query: string;
test.beforeAll(async () => {
  mock = await startMock({ port: 0 });
  const tenant = mock.fixture.tenants[0]!;
  const user = mock.fixture.users.find((u) => u.tenant === tenant.name && u.role === 'positive')!;
  query = `?apikey=${tenant.apiKey}&access_token=${user.accessTokens.valid}`;
});
test.afterAll(async () => {
  await mock.close();
});
test.beforeEach(() => mock.reset());

const trigger = (): string => `${PATHS.mfaReAuthenticate}${query}`;

const WIRE: Record<FaultId, (w: Wire) => void> = {
  'connection-reset': (w) => {
    expect(w.status).toBeUndefined();
    expect(w.error).toMatch(/ECONNRESET|socket hang up/);
  },
  hang: (w) => {
    expect(w.status).toBeUndefined();
    expect(w.error).toMatch(/client timeout/);
    expect(w.ms).toBeGreaterThanOrEqual(900);
  },
  'truncated-body': (w) => {
    expect(w.status).toBe(200);
    expect(Number(w.headers?.['content-length'])).toBeGreaterThan(w.body.length + 999);
    expect(w.error).toBeDefined();
  },
  'invalid-json': (w) => {
    expect(w.status).toBe(200);
    expect(w.headers?.['content-type']).toMatch(/application\/json/);
    expect(() => JSON.parse(w.body.toString())).toThrow();
  },
  'wrong-content-type': (w) => {
    expect(w.status).toBe(200);
    expect(w.headers?.['content-type']).toMatch(/^text\/html/);
    expect(JSON.parse(w.body.toString())).toHaveProperty('ExpireIn');
  },
  'huge-body': (w) => {
    expect(w.status).toBe(200);
    expect(w.body.length).toBeGreaterThan(10 * 1024 * 1024);
    expect(JSON.parse(w.body.toString())).toHaveProperty('Padding');
  },
  'slow-drip': (w) => {
    expect(w.status).toBe(200);
    expect(w.ms).toBeGreaterThanOrEqual(3000);
    expect(w.chunks).toBeGreaterThan(4);
    expect(JSON.parse(w.body.toString())).toHaveProperty('ExpireIn');
  },
  'html-502': (w) => {
    expect(w.status).toBe(502);
    expect(w.headers?.['content-type']).toMatch(/^text\/html/);
    expect(w.body.toString()).toContain('502 Bad Gateway');
  },
  'empty-body': (w) => {
    expect(w.status).toBe(200);
    expect(w.headers?.['content-type']).toMatch(/application\/json/);
    expect(w.body.length).toBe(0);
  },
  'redirect-loop': (w) => {
    expect(w.status).toBe(302);
    expect(w.headers?.['location']).toBe(trigger());
  },
};

test('every fault has a wire expectation', () => {
  expect(Object.keys(WIRE).sort()).toEqual([...FAULT_IDS].sort());
});

for (const id of FAULT_IDS) {
  test(`${id}: on the trigger only; other operations and /__mock/* unaffected; logged`, async () => {
    mock.setFault(id);
    const since = mock.state().requestsServed;
    WIRE[id](await get(mock, trigger(), id === 'hang' ? 1000 : 8000));
    const other = await get(mock, `${PATHS.mfaReAuthenticateByOTP}${query}`, 3000, 'PUT', '{"otp":"000000"}');
    expect(other.status).toBe(403); // a normal wrong-OTP answer: the fault is not on this operation
    expect((await get(mock, '/__mock/state')).status).toBe(200);
    const log = JSON.parse((await get(mock, '/__mock/requests')).body.toString()).entries.slice(since);
    expect(log.map((e: { fault?: string }) => e.fault ?? null)).toEqual([id, null]);
    expect(mock.state().internalErrors).toBe(0);
  });
}

test('operations widen the fault; PUT /__mock/fault switches it; reset restores the start-up fault', async () => {
  const admin = async (body: unknown) => {
    const w = await get(mock, '/__mock/fault', 3000, 'PUT', JSON.stringify(body));
    return { status: w.status, json: JSON.parse(w.body.toString()) };
  };
  expect((await admin({ fault: 'html-502', operations: ['mfaReAuthenticateByOTP'] })).json.active).toEqual({
    fault: 'html-502',
    operations: ['mfaReAuthenticateByOTP'],
  });
  expect((await get(mock, `${PATHS.mfaReAuthenticateByOTP}${query}`, 3000, 'PUT', '{"otp":"000000"}')).status).toBe(502);
  expect((await get(mock, trigger())).status).toBe(200);
  const badId = await admin({ fault: 'meltdown' });
  expect(badId.status).toBe(400);
  expect(badId.json.error).toContain('valid ids: connection-reset');
  expect((await admin({ fault: 'hang', operations: ['login'] })).status).toBe(400);
  mock.reset();
  expect(mock.state().fault).toBeNull();
  const started = await startMock({ port: 0, fault: 'empty-body' });
  try {
    expect(started.state().fault).toEqual({ fault: 'empty-body', operations: ['mfaReAuthenticate'] });
    started.setFault(null);
    started.reset();
    expect(started.state().fault).toEqual({ fault: 'empty-body', operations: ['mfaReAuthenticate'] });
  } finally {
    await started.close();
  }
  await expect(startMock({ port: 0, fault: 'nope' as FaultId })).rejects.toThrow(/startMock: unknown fault "nope"/);
});
