/**
 * The test-only admin surface under /__mock/ (never a vendor path). Answers plain JSON; bad input gets
 * 400 {error} naming the problem and the fix. Secrets (tokens, TOTP secrets, answers) never appear.
 */
import { DRIFT_SCENARIOS } from '../drift/scenarios.ts';
import { ALL_FAULT_MODES as FAULT_MODES } from '../faults/allFaults.ts';
import { StagingRefusal, type MockRuntime, type ResetOptions } from '../mockRuntime.ts';

export interface AdminAnswer {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Record<string, string>;
}

const bad = (error: string): AdminAnswer => ({ status: 400, body: { error } });

/** Parses an optional JSON-object body and runs `then` on it; anything else is a 400. */
function withJson(raw: Buffer | null, route: string, then: (body: Record<string, unknown>) => AdminAnswer): AdminAnswer {
  const text = raw ? raw.toString('utf8').trim() : '';
  let parsed: unknown = {};
  try {
    if (text !== '') parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return bad(`${route}: body must be a JSON object`);
  return then(parsed as Record<string, unknown>);
}

function guarded(run: () => AdminAnswer): AdminAnswer {
  try {
    return run();
  } catch (error) {
    return error instanceof StagingRefusal ? { status: 403, body: { error: error.message } } : bad((error as Error).message);
  }
}

const ROUTES: Record<string, Record<string, (rt: MockRuntime, query: ReadonlyMap<string, string>, raw: Buffer | null) => AdminAnswer>> = {
  '/__mock/reset': {
    POST: (rt, _q, raw) => {
      return withJson(raw, 'POST /__mock/reset', (body) =>
        guarded(() => {
          rt.refuseOnStaging('POST /__mock/reset', 'reset accounts, used codes or lockouts');
          rt.reset(body as ResetOptions, 'POST /__mock/reset');
          return { status: 200, body: rt.snapshot() };
        }),
      );
    },
  },
  '/__mock/state': { GET: (rt) => ({ status: 200, body: rt.snapshot() }) },
  '/__mock/requests': {
    GET: (rt, query) => {
      const since = Number(query.get('since') ?? '0');
      if (!Number.isFinite(since)) return bad("GET /__mock/requests: since must be a sequence number (use the last entry's seq)");
      return { status: 200, body: { lastSeq: rt.log.lastSeq, entries: rt.log.since(since) } };
    },
  },
  '/__mock/drift': {
    GET: (rt) => ({
      status: 200,
      body: { active: rt.drift.active, available: DRIFT_SCENARIOS.map(({ id, description, affects }) => ({ id, description, affects })) },
    }),
    PUT: (rt, _q, raw) => {
      return withJson(raw, 'PUT /__mock/drift', (body) => {
        const scenarios = body['scenarios'];
        if (!Array.isArray(scenarios) || !scenarios.every((s) => typeof s === 'string'))
          return bad('PUT /__mock/drift: send {"scenarios": ["<id>", ...]} ([] turns drift off)');
        return guarded(() => {
          rt.setDrift(scenarios as string[], 'PUT /__mock/drift');
          return { status: 200, body: { active: rt.drift.active } };
        });
      });
    },
  },
  '/__mock/fault': {
    GET: (rt) => ({
      status: 200,
      body: { active: rt.snapshot().fault, available: FAULT_MODES.map(({ id, description }) => ({ id, description })) },
    }),
    PUT: (rt, _q, raw) => {
      return withJson(raw, 'PUT /__mock/fault', (body) =>
        guarded(() => {
          if (!('fault' in body))
            return bad('PUT /__mock/fault: send {"fault": "<id>", "operations": ["mfaReAuthenticate"]} ({"fault": null} turns faults off)');
          rt.setFault(body, 'PUT /__mock/fault');
          return { status: 200, body: { active: rt.snapshot().fault } };
        }),
      );
    },
  },
  '/__mock/authenticator': {
    PUT: (rt, _q, raw) => {
      return withJson(raw, 'PUT /__mock/authenticator', (body) => {
        const uid = body['uid'];
        if (typeof uid !== 'string' || body['enrolled'] !== false)
          return bad('PUT /__mock/authenticator: send {"uid": "<32 hex>", "enrolled": false} (the account then has no authenticator)');
        return guarded(() => {
          rt.state.user(uid).unenrol();
          return { status: 200, body: { uid, authenticatorEnrolled: false } };
        });
      });
    },
  },
  '/__mock/clock': {
    PUT: (rt, _q, raw) => {
      return withJson(raw, 'PUT /__mock/clock', (body) => {
        const offset = body['offsetMs'];
        const uid = body['uid'];
        if (typeof offset !== 'number' || !Number.isFinite(offset) || (uid !== undefined && typeof uid !== 'string'))
          return bad(
            'PUT /__mock/clock: send {"offsetMs": <number>} (ms added to the real clock), or {"offsetMs": <number>, "uid": "<32 hex>"} for one account on top of it',
          );
        return guarded(() => {
          if (uid === undefined) {
            rt.setClockOffset(offset, 'PUT /__mock/clock');
            return { status: 200, body: { offsetMs: rt.clockOffsetMs, now: new Date(rt.now()).toISOString() } };
          }
          rt.setAccountClockOffset(uid, offset, 'PUT /__mock/clock');
          return { status: 200, body: { uid, offsetMs: rt.accountClockOffset(uid), now: new Date(rt.nowFor(uid)).toISOString() } };
        });
      });
    },
  },
};

export function adminRoute(
  rt: MockRuntime,
  method: string,
  path: string,
  query: ReadonlyMap<string, string>,
  raw: Buffer | null,
): AdminAnswer {
  const route = ROUTES[path];
  if (!route) return { status: 404, body: { error: `unknown admin path ${path}; try ${Object.keys(ROUTES).join(', ')}` } };
  const handler = route[method];
  if (!handler)
    return { status: 405, body: { error: `${method} not allowed on ${path}` }, headers: { allow: Object.keys(route).join(', ') } };
  return handler(rt, query, raw);
}
