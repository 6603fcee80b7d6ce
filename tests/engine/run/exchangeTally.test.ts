/**
 * The tally's record fields are sums over what it was told: retries and refreshes of every returned
 * send, transport errors and observations of the judged exchanges only, unsent cases in order.
 */
import { test, expect } from '@playwright/test';
import * as fc from 'fast-check';
import { createExchangeTally } from '../../../engine/run/exchangeTally.ts';
import type { Exchange } from '../../../engine/transport/exchange.ts';
import { aCase, respond, transportError } from '../checks/fixtures.ts';

const exchange = fc
  .record({ failed: fc.boolean(), retries: fc.nat({ max: 3 }), refreshes: fc.nat({ max: 2 }), judged: fc.boolean() })
  .map(({ failed, retries, refreshes, judged }) => ({
    judged,
    exchange: {
      ...(failed ? transportError(aCase()) : respond(aCase(), 200, {})),
      rateLimitRetries: retries,
      tokenRefreshes: refreshes,
    } as Exchange,
  }));

test('law: fields are the sums of returned and judged exchanges; unsent cases kept in order, absent when none', () => {
  fc.assert(
    fc.property(fc.array(exchange, { maxLength: 20 }), fc.array(fc.string(), { maxLength: 3 }), (sends, labels) => {
      const tally = createExchangeTally(() => undefined);
      for (const s of sends) {
        tally.returned(s.exchange);
        if (s.judged) tally.judged(s.exchange);
      }
      for (const label of labels) tally.unsent({ operationId: 'op', label });
      const f = tally.fields();
      expect(f.rateLimitRetries).toBe(sends.reduce((n, s) => n + s.exchange.rateLimitRetries, 0));
      expect(f.tokenRefreshes).toBe(sends.reduce((n, s) => n + (s.exchange.tokenRefreshes ?? 0), 0));
      const judged = sends.filter((s) => s.judged);
      expect(f.transportErrors).toBe(judged.filter((s) => s.exchange.outcome.kind === 'transport-error').length);
      expect((f.observations ?? []).reduce((n, o) => n + o.count, 0)).toBe(judged.length);
      expect(f.unsent?.map((u) => u.label)).toEqual(labels.length > 0 ? labels : undefined);
    }),
  );
});
