/**
 * Where a 3xx leads, if the transport may follow it. Credentials never leave the target's origin:
 * only same-origin redirects are followed (and only when maxRedirects > 0; the default follows
 * none). Playwright's own following keeps custom headers such as the apikey header on a cross-origin
 * hop, so the transport always asks it for maxRedirects 0 and follows here.
 */
export interface RedirectHop {
  readonly url: string;
  readonly method: string;
  /** False when the method became GET: the body is dropped. */
  readonly keepBody: boolean;
}

export function redirectHop(status: number, location: string | undefined, requestUrl: string, method: string): RedirectHop | undefined {
  if (![301, 302, 303, 307, 308].includes(status) || location === undefined || location === '') return undefined;
  let next: URL;
  try {
    next = new URL(location, requestUrl);
  } catch {
    return undefined;
  }
  if (next.origin !== new URL(requestUrl).origin) return undefined;
  const toGet = (status === 303 && method !== 'HEAD') || ((status === 301 || status === 302) && method === 'POST');
  return { url: next.href, method: toGet ? 'GET' : method, keepBody: !toGet };
}
