/**
 * Preloaded into every Node process of a measured command (NODE_OPTIONS=--import): at exit it
 * appends one JSON line to LR_BENCH_CPU_LOG with its CPU time, its lifetime and its entry point, so
 * bench/processCpu.ts can say which process of `npm run contract` spends the machine's cores.
 */
import { appendFileSync } from 'node:fs';

const logPath = process.env.LR_BENCH_CPU_LOG;
const startedAt = Date.now();
if (logPath) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    const line = { pid: process.pid, cpuMs: (user + system) / 1000, lifeMs: Date.now() - startedAt, argv: process.argv.slice(1) };
    try {
      appendFileSync(logPath, `${JSON.stringify(line)}\n`);
    } catch {
      // A measurement must never change the measured command's exit.
    }
  });
}
