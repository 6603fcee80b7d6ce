/**
 * A free TCP port on 127.0.0.1 for a child process that needs a fixed one: drawn below Linux's
 * ephemeral range (32768+), where the many client connections of a run take their local ports, so
 * a port found free here is not taken by one of them before the child listens on it.
 */
import { createServer } from 'node:net';

const LOW = 20_000;
const HIGH = 32_767;

function bindable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const port = LOW + Math.floor(Math.random() * (HIGH - LOW + 1));
    if (await bindable(port)) return port;
  }
  throw new Error(`freePort: no free port between ${LOW} and ${HIGH} after 50 tries; free some or close other test runs`);
}
