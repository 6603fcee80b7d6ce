/**
 * Decides whether a JSON key, query parameter or header name holds a secret.
 * Names are compared after lower-casing and dropping `-`, `_`, `.` and spaces, because APIs often
 * match names case-insensitively (`Access_Token`, `access-token` and `ACCESSTOKEN` reach one field).
 */

export interface SecretKeyNames {
  /** Names that are secrets only when they match exactly (normalised): `otp`, not `isvoiceotp`. */
  readonly exact: readonly string[];
  /** Any name containing one of these (normalised) is a secret: `access_token`, `X-Api-Secret`. */
  readonly markers: readonly string[];
}

/** Secret names of HTTP and of credentials in general; a vendor pack adds its own. */
const GENERIC_SECRET_KEYS: SecretKeyNames = {
  exact: ['authorization', 'proxyauthorization', 'cookie', 'setcookie', 'xapikey'],
  markers: ['token', 'secret', 'password', 'passwd', 'apikey', 'credential', 'privatekey'],
};

/** The harness's own counters whose names contain a marker: a count is never a secret. */
const NEVER_SECRET = new Set(['tokenrefreshes']);

export type SecretKeyTest = (name: string) => boolean;

function normaliseKey(name: string): string {
  return name.toLowerCase().replace(/[-_.\s]/g, '');
}

/** The union of the generic names and `extra`, as one predicate. */
export function secretKeyTest(extra: SecretKeyNames = { exact: [], markers: [] }): SecretKeyTest {
  const exact = new Set([...GENERIC_SECRET_KEYS.exact, ...extra.exact].map(normaliseKey));
  const markers = [...new Set([...GENERIC_SECRET_KEYS.markers, ...extra.markers].map(normaliseKey))];
  return (name) => {
    const key = normaliseKey(name);
    if (key.length === 0 || NEVER_SECRET.has(key)) return false;
    return exact.has(key) || markers.some((marker) => key.includes(marker));
  };
}
