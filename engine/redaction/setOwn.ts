/**
 * `out[key] = value` that always creates an own, enumerable data property: with a key such as
 * `__proto__` (legal in JSON, and in a hostile response) plain assignment would replace the copy's
 * prototype instead and drop the key from the redacted output.
 */
export function setOwn(out: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}
