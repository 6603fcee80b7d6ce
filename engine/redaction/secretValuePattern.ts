/**
 * One precompiled RegExp that matches every configured secret value in each form it can take
 * in an artifact: as is, URL-encoded (both `%20` and `+` for spaces), JSON-escaped and base64.
 */

/**
 * Shorter configured secrets are ignored: a 1–3 character value (a short security answer such
 * as "red", a test OTP digit) would match inside ordinary words, status codes and JSON
 * everywhere, turning every report into marker soup while protecting nothing a guesser could
 * not try anyway. Such values are still redacted by key (`otp`, `securityanswer`...).
 */
export const MIN_SECRET_LENGTH = 4;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every textual form of one secret that may appear in a request, response or curl line. */
export function secretForms(secret: string): string[] {
  const uri = encodeURIComponent(secret);
  return [
    secret,
    uri,
    uri.replace(/%20/g, '+'),
    JSON.stringify(secret).slice(1, -1),
    // JSON-escaped twice: a JSON document carried inside a JSON string.
    JSON.stringify(JSON.stringify(secret).slice(1, -1)).slice(1, -1),
    Buffer.from(secret, 'utf8').toString('base64').replace(/=+$/, ''),
  ];
}

/** The secrets actually used: long enough, de-duplicated, and not part of the marker itself (keeps redaction idempotent). */
export function usableSecrets(secrets: readonly string[], marker: string): string[] {
  const kept = new Set<string>();
  for (const s of secrets) {
    if (typeof s !== 'string' || s.length < MIN_SECRET_LENGTH) continue;
    if (marker.toLowerCase().includes(s.toLowerCase())) continue;
    kept.add(s);
  }
  return [...kept];
}

/**
 * Returns `undefined` when there is nothing to match. Case-insensitive because the vendor
 * compares API keys and tokens case-insensitively and encoders differ in `%2f` vs `%2F`.
 */
export function compileSecretPattern(secrets: readonly string[]): RegExp | undefined {
  const forms = new Set<string>();
  for (const s of secrets) for (const f of secretForms(s)) if (f.length >= MIN_SECRET_LENGTH) forms.add(f);
  if (forms.size === 0) return undefined;
  // Longest first so a secret that contains another is replaced whole.
  const alternatives = [...forms].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(alternatives.join('|'), 'gi');
}
