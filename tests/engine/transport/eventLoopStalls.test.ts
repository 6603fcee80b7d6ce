/**
 * The stall clock counts the time this process's event loop was blocked, not time spent waiting:
 * a busy loop of N ms adds about N, an idle wait adds about nothing.
 */
import { test, expect } from '@playwright/test';
import { setTimeout as sleep } from 'node:timers/promises';
import { startStallClock } from '../../../engine/transport/eventLoopStalls.ts';

function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // blocking on purpose: this is what an answer waits for in a busy harness
  }
}

test('a blocked loop is counted (read before the overdue tick ran, and after), an idle wait is not', async () => {
  const clock = startStallClock();
  try {
    // A loaded machine makes timers late (that counts too): an idle half second stays well below itself.
    await sleep(500);
    expect(clock.read()).toBeLessThan(200);
    const before = clock.read();
    busy(400);
    // Read at once, as a response callback would before the late timer has fired.
    const during = clock.read() - before;
    expect(during).toBeGreaterThanOrEqual(350);
    expect(during).toBeLessThanOrEqual(450);
    await sleep(100);
    const after = clock.read() - before;
    expect(after).toBeGreaterThanOrEqual(350);
    expect(after).toBeLessThan(during + 150);
  } finally {
    clock.stop();
  }
});
