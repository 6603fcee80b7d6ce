/**
 * Which negative-case rules are about authentication (API key or access token). Matched by name
 * so the generators can add rules (`missing-apikey`, `expired-token`, `wrong-auth-scheme`...)
 * without this list going stale: anything naming the apikey, a token, auth, bearer or the auth
 * scheme counts — except captcha rules ("captcha token" is not authentication).
 */
const AUTH_RULE = /api[-_ ]?key|token|auth|bearer|scheme/i;
const NOT_AUTH = /captcha/i;

export function isAuthRule(rule: string): boolean {
  return AUTH_RULE.test(rule) && !NOT_AUTH.test(rule);
}
