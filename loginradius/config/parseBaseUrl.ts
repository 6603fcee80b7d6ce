/**
 * LR_BASE_URL: an absolute http(s) URL with no credentials, query or fragment.
 * Problems say WHICH part is wrong; the URL is echoed without user-info or query (they may hold secrets).
 */
import type { EnvParser } from './envParser.ts';

const NAME = 'LR_BASE_URL';
const EXAMPLE = 'https://api.loginradius.com';

export function parseBaseUrl(env: EnvParser): { baseUrl: string; warnings: string[] } | undefined {
  const raw = env.raw(NAME);
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    const hint = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? 'the host part is missing or malformed' : 'the scheme (https://) is missing';
    return env.report(NAME, `is not an absolute URL: ${hint}`, `set ${NAME} to the API origin, e.g. ${NAME}=${EXAMPLE}`);
  }
  const shown = `${url.protocol}//${url.host}${url.pathname}`;
  let ok = true;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    ok = false;
    env.report(NAME, `scheme "${url.protocol}" is not http: or https:`, `use an https:// URL, e.g. ${EXAMPLE}`);
  }
  if (url.username !== '' || url.password !== '') {
    ok = false;
    env.report(
      NAME,
      `the user-info part (user:password@) of ${shown} holds credentials`,
      'remove them from the URL; credentials go in LR_API_KEY and LR_ACCESS_TOKEN',
    );
  }
  if (url.search !== '' || url.hash !== '') {
    ok = false;
    env.report(
      NAME,
      `has a ${url.search !== '' ? 'query string (?…)' : 'fragment (#…)'} after ${shown}`,
      `remove it; the harness adds apikey and the other parameters itself (${NAME}=${EXAMPLE})`,
    );
  }
  if (!ok) return undefined;
  const warnings: string[] = [];
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol === 'http:' && !loopback)
    warnings.push(`${NAME} uses plain http:// for ${url.host}: the API key and tokens travel unencrypted; prefer https://.`);
  return { baseUrl: `${url.origin}${url.pathname.replace(/\/+$/, '')}`, warnings };
}
