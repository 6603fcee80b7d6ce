/**
 * `Retry-After` → milliseconds to wait (RFC 9110 §10.2.3: delay-seconds or an HTTP-date).
 * Returns `undefined` for a missing or unusable value so the caller picks its default.
 */
export function parseRetryAfter(value: string | undefined, nowMs: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Only date-looking values: Date.parse accepts odd strings like "1" that are not HTTP-dates.
  if (!/[A-Za-z]{3}/.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

/** The wait actually used: parsed value or default, clamped to [0, cap]. */
export function retryDelayMs(value: string | undefined, defaultMs: number, capMs: number, nowMs?: number): number {
  const parsed = parseRetryAfter(value, nowMs);
  return Math.min(Math.max(parsed ?? defaultMs, 0), capMs);
}
