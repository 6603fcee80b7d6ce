/**
 * The redactor every artifact passes through before it leaves the engine (and again, defensively,
 * in the reporters). It hides values in two ways: by KEY (any value under a secret-like name,
 * see `isSecretKey`) and by VALUE (every configured secret, wherever and however encoded).
 */
import type { Case, CaseBody } from '../case/case.ts';
import { type SecretKeyNames, secretKeyTest } from './secretKeyTest.ts';
import { setOwn } from './setOwn.ts';
import { compileSecretPattern, usableSecrets } from './secretValuePattern.ts';
import { redactAuthorizationValue, redactText, type TextRedactionPlan } from './redactText.ts';

export interface RedactorOptions {
  /** Secret values to hide wherever they appear. Values shorter than 4 characters are ignored (see `MIN_SECRET_LENGTH`). @defaultValue [] */
  readonly secrets?: readonly string[];
  /** What replaces a secret. @defaultValue '[REDACTED]' */
  readonly marker?: string;
  /** Names whose values are secrets, besides the generic ones (the vendor pack's list). @defaultValue none */
  readonly secretKeys?: SecretKeyNames;
}

export interface Redactor {
  readonly marker: string;
  /** How many configured secrets are matched by value (after dropping short ones). */
  readonly secretCount: number;
  text(s: string): string;
  /** Deep copy with secrets hidden; never mutates its input. */
  value<T>(v: T): T;
  headers(h: Readonly<Record<string, string>>): Record<string, string>;
  case(c: Case): Case;
}

const DEFAULT_MARKER = '[REDACTED]';

export function createRedactor(options: RedactorOptions = {}): Redactor {
  const marker = options.marker ?? DEFAULT_MARKER;
  if (typeof marker !== 'string' || marker.length === 0)
    throw new Error('createRedactor: `marker` must be a non-empty string; omit it to use "[REDACTED]".');
  if (options.secrets !== undefined && !Array.isArray(options.secrets))
    throw new Error('createRedactor: `secrets` must be an array of strings (pass config.secrets).');
  const secrets = usableSecrets(options.secrets ?? [], marker);
  const isSecretKey = secretKeyTest(options.secretKeys);
  const plan: TextRedactionPlan = { marker, secretPattern: compileSecretPattern(secrets), isSecretKey };
  const text = (s: string): string => redactText(s, plan);

  /** A value under a secret key: keep the shape (so wrong-type negative cases stay readable), hide every leaf. */
  const hideSubtree = (v: unknown, seen: WeakSet<object>): unknown => {
    if (v === null || typeof v === 'boolean' || v === '' || v === undefined) return v;
    if (typeof v !== 'object') return marker;
    if (seen.has(v)) return '[Circular]';
    seen.add(v);
    try {
      if (Array.isArray(v)) return v.map((item) => hideSubtree(item, seen));
      const out: Record<string, unknown> = {};
      for (const [k, inner] of Object.entries(v)) setOwn(out, text(k), hideSubtree(inner, seen));
      return out;
    } finally {
      seen.delete(v);
    }
  };

  const walk = (v: unknown, seen: WeakSet<object>): unknown => {
    if (typeof v === 'string') return text(v);
    if (v === null || typeof v !== 'object') return v;
    if (seen.has(v)) return '[Circular]';
    seen.add(v);
    try {
      if (Array.isArray(v)) return v.map((item) => walk(item, seen));
      const json = (v as { toJSON?: () => unknown }).toJSON;
      if (typeof json === 'function') return walk(json.call(v), seen);
      const out: Record<string, unknown> = {};
      for (const [k, inner] of Object.entries(v)) {
        if (!isSecretKey(k)) setOwn(out, text(k), walk(inner, seen));
        else if (typeof inner === 'string' && k.toLowerCase().endsWith('authorization'))
          setOwn(out, k, redactAuthorizationValue(inner, marker));
        else setOwn(out, k, hideSubtree(inner, seen));
      }
      return out;
    } finally {
      seen.delete(v);
    }
  };

  const headers = (h: Readonly<Record<string, string>>): Record<string, string> => walk(h, new WeakSet()) as Record<string, string>;

  const body = (b: CaseBody): CaseBody => {
    if (b.kind === 'json') return { ...b, value: walk(b.value, new WeakSet()) };
    if (b.kind === 'raw') return { ...b, text: text(b.text) };
    return b;
  };

  return {
    marker,
    secretCount: secrets.length,
    text,
    value: <T>(v: T): T => walk(v, new WeakSet()) as T,
    headers,
    case: (c: Case): Case => ({
      ...c,
      path: text(c.path),
      query: c.query.map(
        ([name, value]) => [text(name), isSecretKey(name) ? (hideSubtree(value, new WeakSet()) as string) : text(value)] as const,
      ),
      headers: headers(c.headers),
      body: body(c.body),
    }),
  };
}
