/**
 * LR_SECURITY_ANSWERS: a JSON object questionId → answer. The JSON parser's own message is not
 * used because V8 quotes part of the input in it, and the input is secret.
 */
import type { EnvParser } from './envParser.ts';

const NAME = 'LR_SECURITY_ANSWERS';
const FIX = `set ${NAME} to a JSON object of question id → answer, e.g. ${NAME}={"<questionId>":"<answer>"} (single-quote it in .env)`;

export function parseSecurityAnswers(env: EnvParser): Readonly<Record<string, string>> | undefined {
  const raw = env.raw(NAME);
  if (raw === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    const at = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    return env.report(NAME, `is not valid JSON${at === undefined ? '' : ` (syntax error at character ${Number(at) + 1})`}`, FIX);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    return env.report(
      NAME,
      `is JSON but not an object (got ${Array.isArray(parsed) ? 'an array' : parsed === null ? 'null' : typeof parsed})`,
      FIX,
    );
  const entries = Object.entries(parsed);
  if (entries.length === 0) return env.report(NAME, 'is an empty object', `${FIX}, or unset it`);
  const badKeys = entries.filter(([, v]) => typeof v !== 'string' || v === '').map(([k]) => k);
  if (badKeys.length > 0)
    return env.report(NAME, `answers must be non-empty strings; not so for question id(s) ${badKeys.join(', ')}`, FIX);
  return Object.freeze(Object.fromEntries(entries)) as Readonly<Record<string, string>>;
}
