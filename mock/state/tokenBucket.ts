/**
 * Token buckets per API key: `rps` tokens per second, burst of `max(1, rps)`. Returns 0 when the
 * request may pass, else the whole seconds to wait (for `Retry-After`, at least 1).
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly rps: number) {}

  take(key: string, now: number): number {
    const capacity = Math.max(1, this.rps);
    let bucket = this.buckets.get(key);
    if (!bucket) {
      // Bounded: garbage keys from fuzzing must not grow memory without limit.
      if (this.buckets.size > 10_000) this.buckets.clear();
      bucket = { tokens: capacity, at: now };
      this.buckets.set(key, bucket);
    }
    bucket.tokens = Math.min(capacity, bucket.tokens + (Math.max(0, now - bucket.at) / 1000) * this.rps);
    bucket.at = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.rps));
  }
}
