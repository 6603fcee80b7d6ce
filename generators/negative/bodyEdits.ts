/** Edits of a positive case's JSON body; keys match without regard to case, like the vendor. */
import type { Case } from '../../engine/case/case.ts';
import { jsonBody, withJsonBody } from '../operation/caseEdits.ts';

export function withoutBodyKey(c: Case, key: string): Case {
  const body = jsonBody(c);
  return withJsonBody(c, Object.fromEntries(Object.entries(body).filter(([k]) => k.toLowerCase() !== key.toLowerCase())));
}

export function withBodyKey(c: Case, key: string, value: unknown): Case {
  return withJsonBody(withoutBodyKey(c, key), { ...jsonBody(withoutBodyKey(c, key)), [key]: value });
}

/** Sets `/a/b`-style pointers one or two levels deep (the nesting request bodies have). */
export function withBodyPointer(c: Case, pointer: string, value: unknown): Case {
  if (pointer === '') return withJsonBody(c, value);
  const [top, nested] = pointer.slice(1).split('/') as [string, string | undefined];
  if (nested === undefined) return withBodyKey(c, top, value);
  return withBodyKey(c, top, { [nested]: value });
}
