/**
 * No response (body or headers) may contain a configured secret or a secret the request carried
 * (the vendor profile names them: keys, tokens, one-time codes...). Configured secrets of 8+ chars and request
 * values of 16+ chars are searched as substrings; shorter ones (a 6-digit OTP, a captcha randstr
 * such as "@example") only count as an exact JSON string or header value, so "123456" inside a
 * timestamp or "@example" inside an e-mail address is not an echo. Values under 4 chars are not
 * judged at all: a generated 1-character answer equals a `content-length` of "2" by chance, and
 * echoing it would reveal nothing a guess would not. Messages name the secret's origin, never its value.
 */
import type { Failure } from './types.ts';
import type { NamedSecret } from '../profile/vendorProfile.ts';
import { requiresResponse } from './preconditions.ts';
import { failed, makeFailure } from './result.ts';

const SUBSTRING_MIN_CONFIGURED = 8;
/** Request values are often short generated or example strings that occur in real data by chance. */
const SUBSTRING_MIN_REQUEST = 16;
const SHORTEST_JUDGED = 4;

function jsonStrings(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) for (const v of value) jsonStrings(v, out);
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      jsonStrings(v, out);
    }
  return out;
}

interface JudgedSecret extends NamedSecret {
  readonly substringMin: number;
}

/** The configured secrets worth judging, once per context: blank, too short and repeated ones dropped. */
const configuredOf = new WeakMap<readonly string[], readonly JudgedSecret[]>();
function configuredSecrets(secrets: readonly string[]): readonly JudgedSecret[] {
  let judged = configuredOf.get(secrets);
  if (judged === undefined) {
    const seen = new Set<string>();
    judged = secrets.flatMap((value, i) => {
      if (value.trim().length < SHORTEST_JUDGED || seen.has(value)) return [];
      seen.add(value);
      return [{ name: `configured secret #${i + 1}`, value, substringMin: SUBSTRING_MIN_CONFIGURED }];
    });
    configuredOf.set(secrets, judged);
  }
  return judged;
}

export const no_secret_echo = requiresResponse((ctx, exchange, response) => {
  const secrets: readonly JudgedSecret[] = [
    ...configuredSecrets(ctx.secrets),
    ...ctx.profile
      .requestSecrets(exchange.case)
      .filter((s) => s.value.trim().length >= SHORTEST_JUDGED)
      .map((s) => ({ ...s, substringMin: SUBSTRING_MIN_REQUEST })),
  ];
  // Hot path in long runs: the JSON strings are collected only when a short secret might be one of
  // them. Without any backslash the body has no escapes, so a string absent from the text is absent.
  let strings: Set<string> | undefined;
  const isJsonString = (value: string): boolean =>
    (response.bodyText.includes(value) || response.bodyText.includes('\\')) && (strings ??= jsonStrings(response.json)).has(value);
  // Header values never hold a line break: one search over all of them finds the secrets worth locating.
  const headers = Object.entries(response.headers);
  const headerText = headers.map(([, v]) => v).join('\n');
  const headerValues = new Set(headers.map(([, v]) => v.trim()));
  const failures = new Map<string, Failure>();
  for (const { name, value, substringMin } of secrets) {
    const long = value.length >= substringMin;
    const places: string[] = [];
    if (long ? response.bodyText.includes(value) : isJsonString(value)) places.push('body');
    if (long ? headerText.includes(value) : headerValues.has(value))
      for (const [header, headerValue] of headers)
        if (long ? headerValue.includes(value) : headerValue.trim() === value) places.push(`header ${header}`);
    for (const place of places) {
      const key = `${name}|${place}`;
      if (!failures.has(key))
        failures.set(
          key,
          makeFailure('no_secret_echo', exchange.case.operationId, {
            title: 'Secret echoed in response',
            message: `The ${name} value (${value.length} chars) appears in the response ${place} (status ${response.status})`,
            essence: [name, place],
          }),
        );
    }
  }
  return failed([...failures.values()]);
});
