/**
 * Local JSON-pointer `$ref`s (`#/components/schemas/Identity`): the only kind this document uses.
 */
import { ContractError } from './ContractError.ts';

const MISSING = Symbol('missing');

/** Escapes one segment for use in a JSON pointer (RFC 6901). */
export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Joins segments into a `#/...` pointer. */
export function pointerOf(segments: readonly string[]): string {
  return `#${segments.map((s) => `/${escapePointerSegment(s)}`).join('')}`;
}

/**
 * Follows a local `$ref` inside `root`.
 * @param file - the document's path, for the error message
 * @param from - pointer of the place that holds the `$ref`, for the error message
 */
export function resolvePointer(root: unknown, ref: string, file: string, from?: string): unknown {
  const where = from ?? ref;
  if (!ref.startsWith('#')) {
    throw new ContractError({
      file,
      where,
      problem: `external $ref '${ref}' is not supported`,
      fix: 'inline the target or move it under #/components/ and point there',
    });
  }
  const segments = ref === '#' || ref === '#/' ? [] : ref.slice(2).split('/');
  let node: unknown = root;
  for (const raw of segments) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = childOf(node, key);
    if (node === MISSING) {
      throw new ContractError({
        file,
        where,
        problem: `$ref '${ref}' does not resolve (no '${key}')`,
        fix: 'correct the $ref or add the missing component',
      });
    }
  }
  return node;
}

function childOf(node: unknown, key: string): unknown {
  if (Array.isArray(node)) {
    const index = Number(key);
    return Number.isInteger(index) && index >= 0 && index < node.length ? node[index] : MISSING;
  }
  if (typeof node === 'object' && node !== null && Object.hasOwn(node, key)) {
    return (node as Record<string, unknown>)[key];
  }
  return MISSING;
}
