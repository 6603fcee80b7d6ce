/**
 * Fails fast on a broken `$ref` anywhere in the document, so a typo is reported at load time
 * with its pointer instead of as an obscure validator error later.
 */
import { pointerOf, resolvePointer } from './jsonPointer.ts';

export function checkRefs(document: unknown, file: string): void {
  walk(document, [], (ref, at) => resolvePointer(document, ref, file, pointerOf(at)));
}

function walk(node: unknown, at: string[], onRef: (ref: string, at: string[]) => void): void {
  if (Array.isArray(node)) {
    node.forEach((child, i) => {
      walk(child, [...at, String(i)], onRef);
    });
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  for (const [key, child] of Object.entries(node)) {
    if (isExampleData(key, at)) continue;
    if (key === '$ref' && typeof child === 'string') onRef(child, at);
    else walk(child, [...at, key], onRef);
  }
}

/** Example payloads are data: a `$ref` key inside one is not a reference. */
function isExampleData(key: string, at: readonly string[]): boolean {
  return key === 'example' || (key === 'value' && at[at.length - 2] === 'examples');
}
