/**
 * Small pure edits on a `Case` that negative rules compose. Names are compared without regard
 * to case because the vendor does, so "remove apikey" also removes `apiKey`.
 */
import type { Case } from '../../engine/case/case.ts';

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export function withoutQuery(c: Case, name: string): Case {
  return { ...c, query: c.query.filter(([n]) => !same(n, name)) };
}

/** Replaces every occurrence of `name` by one entry (keeping the first one's spelling and position). */
export function withQuery(c: Case, name: string, value: string): Case {
  const at = c.query.findIndex(([n]) => same(n, name));
  if (at < 0) return { ...c, query: [...c.query, [name, value]] };
  const spelling = c.query[at]![0];
  const rest = c.query.filter(([n], i) => i === at || !same(n, name));
  return { ...c, query: rest.map((entry, i) => (i === at ? ([spelling, value] as const) : entry)) };
}

export function withoutHeader(c: Case, name: string): Case {
  return { ...c, headers: Object.fromEntries(Object.entries(c.headers).filter(([k]) => !same(k, name))) };
}

export function withHeader(c: Case, name: string, value: string): Case {
  return { ...withoutHeader(c, name), headers: { ...withoutHeader(c, name).headers, [name]: value } };
}

/** The JSON object body of a case (positive bases always have one when the operation takes a body). */
export function jsonBody(c: Case): Record<string, unknown> {
  if (c.body.kind !== 'json' || typeof c.body.value !== 'object' || c.body.value === null || Array.isArray(c.body.value))
    throw new Error(`caseEdits: ${c.operationId} case has no JSON object body; body rules need a positive base with one.`);
  return c.body.value as Record<string, unknown>;
}

export function withJsonBody(c: Case, value: unknown): Case {
  const mediaType = c.body.kind === 'none' ? 'application/json' : (c.body.mediaType ?? 'application/json');
  return { ...c, body: { kind: 'json', value, mediaType } };
}
