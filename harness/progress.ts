/**
 * Progress of long phases on a rate-capped target: a line every 15 s with the requests sent, the
 * planned total and an ETA from the rate so far. Silent for phases that end sooner (the mock).
 */
export interface ProgressOptions {
  /** @defaultValue true; the harness enables it when a rate cap is set */
  readonly enabled?: boolean;
  /** Seconds between lines. @defaultValue 15 */
  readonly everySeconds?: number;
  readonly print: (line: string) => void;
  /** @defaultValue Date.now */
  readonly now?: () => number;
}

export interface Progress {
  /** Starts tracking `title` (`total` planned requests); returns the tick to call per exchange. */
  start(title: string, total: number): () => void;
  stop(title: string): void;
}

export function createProgress(options: ProgressOptions): Progress {
  const every = (options.everySeconds ?? 15) * 1000;
  const now = options.now ?? Date.now;
  const timers = new Map<string, ReturnType<typeof setInterval>>();
  return {
    start(title, total) {
      if (options.enabled === false) return () => undefined;
      const started = now();
      let sent = 0;
      const timer = setInterval(() => {
        const elapsed = (now() - started) / 1000;
        const eta = sent === 0 ? '?' : `${Math.max(0, Math.round((elapsed / sent) * (total - sent)))} s`;
        options.print(`  … ${title}: ${sent}/${total} requests in ${Math.round(elapsed)} s, ETA ${eta}`);
      }, every);
      timer.unref?.();
      timers.set(title, timer);
      return () => {
        sent += 1;
      };
    },
    stop(title) {
      clearInterval(timers.get(title));
      timers.delete(title);
    },
  };
}
