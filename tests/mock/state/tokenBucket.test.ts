import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import { TokenBuckets } from '../../../mock/state/tokenBucket.ts';
import { RequestLog } from '../../../mock/state/requestLog.ts';

test.describe('TokenBuckets', () => {
  test('burst of rps, then whole-second waits, refilled over time, per key', () => {
    const b = new TokenBuckets(3);
    expect([b.take('k', 0), b.take('k', 0), b.take('k', 0)]).toEqual([0, 0, 0]);
    expect(b.take('k', 0)).toBe(1);
    expect(b.take('other', 0)).toBe(0);
    expect(b.take('k', 400)).toBe(0);
  });

  test('law: over any window of 1 s at most rps + burst requests pass', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.array(fc.integer({ min: 0, max: 999 }), { maxLength: 300 }), (rps, offsets) => {
        const b = new TokenBuckets(rps);
        const passed = [...offsets].sort((x, y) => x - y).filter((t) => b.take('k', t) === 0).length;
        return passed <= 2 * rps;
      }),
    );
  });
});

test.describe('RequestLog', () => {
  test('keeps the newest `capacity` entries in order and pages by seq', () => {
    const log = new RequestLog(3);
    for (let i = 0; i < 5; i += 1)
      log.add({ at: i * 1000, method: 'GET', path: `/p${i}`, queryNames: [], tenant: null, uid: null, status: 200, errorCode: null });
    expect(log.since(0).map((e) => [e.seq, e.path])).toEqual([
      [3, '/p2'],
      [4, '/p3'],
      [5, '/p4'],
    ]);
    expect(log.since(4).map((e) => e.seq)).toEqual([5]);
    expect(log.lastSeq).toBe(5);
    expect(log.since(4)[0]!.time).toBe('1970-01-01T00:00:04.000Z');
  });
});
