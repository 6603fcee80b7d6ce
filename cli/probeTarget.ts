/**
 * One cheap request before the suite starts, so an unreachable staging target is named as such
 * (DNS, refused, TLS, timeout) instead of surfacing only as hundreds of transport failures.
 * Answers undefined when any HTTP response came back (even an error status).
 */
export async function probeTarget(baseUrl: string, timeoutMs: number): Promise<string | undefined> {
  try {
    await fetch(baseUrl, { method: 'GET', redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    return undefined;
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message ?? (error as Error).message;
    return `${new URL(baseUrl).origin} did not answer (${detail})`;
  }
}
