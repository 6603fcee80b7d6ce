/**
 * Which documented response applies to a status and which media type applies to a Content-Type:
 * status exact, then range (`4XX`), then `default`; media type without parameters, then `type/*`, then `*\/*`.
 */
import type { MediaTypeSpec, OperationSpec, ResponseSpec } from '../contract/types.ts';

export function findResponse(operation: OperationSpec, status: number): ResponseSpec | undefined {
  const exact = operation.responses[String(status)];
  if (exact) return exact;
  const range = `${Math.floor(status / 100)}XX`;
  const byRange = Object.values(operation.responses).find((r) => r.status.toUpperCase() === range);
  return byRange ?? operation.responses.default;
}

/** `application/json; charset=utf-8` → `application/json`. */
export function bareMediaType(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}

export function findMediaType(
  content: Readonly<Record<string, MediaTypeSpec>>,
  contentType: string,
): { readonly key: string; readonly media: MediaTypeSpec } | undefined {
  const wanted = bareMediaType(contentType);
  const candidates = [wanted, `${wanted.split('/')[0] ?? ''}/*`, '*/*'];
  for (const candidate of candidates) {
    const key = Object.keys(content).find((k) => k.toLowerCase() === candidate);
    const media = key === undefined ? undefined : content[key];
    if (key !== undefined && media) return { key, media };
  }
  return undefined;
}
