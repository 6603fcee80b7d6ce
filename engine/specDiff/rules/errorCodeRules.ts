/**
 * Rules on the error codes a response documents (the extension named by `options.errorCodesKey`).
 * Added → WARN: the harness now accepts the code, but a client that maps known codes to messages or
 * retries meets one it does not handle. Removed → INFO: clients handling it lose nothing; the harness
 * will now report the code as undocumented if the server still sends it, which is the point of removing it.
 */
import type { PartContext, ScopedRule } from '../DiffRule.ts';
import type { Located } from '../derefNode.ts';
import { child } from '../jsonPointer.ts';
import { membersOnlyIn } from './membersOnlyIn.ts';

/** Each documented code → the pointer of the list. */
function codesOf(part: Located, key: string): Map<string, string> {
  const list = part.node[key];
  const at = child(part.at, key);
  return new Map(Array.isArray(list) ? list.map((code) => [String(code), at]) : []);
}

const codes = ({ old, new: now, options }: PartContext) =>
  old && now ? { old: codesOf(old, options.errorCodesKey), new: codesOf(now, options.errorCodesKey) } : undefined;

export const errorCodeRules: readonly ScopedRule<'response'>[] = [
  {
    name: 'error-code-added',
    scope: 'response',
    level: 'WARN',
    why: 'Safe for the harness, which now accepts the code; a client mapping error codes may not handle it.',
    detect: membersOnlyIn('new', codes, ({ key }, code) => `status ${key} documents new error code ${code}`),
  },
  {
    name: 'error-code-removed',
    scope: 'response',
    level: 'INFO',
    why: 'Clients handling the code lose nothing; the harness now reports it as undocumented if it is still sent.',
    detect: membersOnlyIn('old', codes, ({ key }, code) => `status ${key} no longer documents error code ${code}`),
  },
];
