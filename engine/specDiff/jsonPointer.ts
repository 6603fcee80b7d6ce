/**
 * RFC 6901 pointers in the `#/a/b` form `$ref`s use, and lookup of local `$ref`s.
 */
function escapeSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** `child('#/paths', '/x')` → `#/paths/~1x`. */
export function child(pointer: string, ...segments: readonly (string | number)[]): string {
  return pointer + segments.map((s) => `/${escapeSegment(String(s))}`).join('');
}

const MISSING = Symbol('missing');

/** The value at a local pointer, or `undefined` when it does not exist or the ref is not local. */
export function lookupPointer(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  const segments = ref === '#' || ref === '#/' ? [] : ref.slice(2).split('/');
  let node: unknown = root;
  for (const raw of segments) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = childOf(node, key);
    if (node === MISSING) return undefined;
  }
  return node;
}

function childOf(node: unknown, key: string): unknown {
  if (Array.isArray(node)) {
    const index = Number(key);
    return Number.isInteger(index) && index >= 0 && index < node.length ? node[index] : MISSING;
  }
  if (typeof node === 'object' && node !== null && Object.hasOwn(node, key)) return (node as Record<string, unknown>)[key];
  return MISSING;
}
