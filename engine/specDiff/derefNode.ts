/**
 * Follows a `$ref` chain to the object it names, returning the pointer where it was found.
 * A chain that loops or points nowhere is a broken document, reported as a SpecDiffError.
 */
import { isRecord } from './isRecord.ts';
import { lookupPointer } from './jsonPointer.ts';
import { SpecDiffError } from './SpecDiffError.ts';
import type { SpecSource } from './SpecSource.ts';

export interface Located {
  readonly node: Record<string, unknown>;
  /** Pointer of `node` in its document (the last `$ref` target when refs were followed). */
  readonly at: string;
  /** Where the object is used (before any `$ref`): what an addition or removal points at. */
  readonly origin?: string;
}

export function derefNode(source: SpecSource, node: unknown, at: string): Located {
  const seen = new Set<string>();
  let current = node;
  let where = at;
  for (;;) {
    if (!isRecord(current)) {
      throw new SpecDiffError({
        source: source.label,
        where,
        problem: 'expected an object here',
        fix: 'write a mapping or a $ref to one',
      });
    }
    const ref = current.$ref;
    if (typeof ref !== 'string') return { node: current, at: where, origin: at };
    if (seen.has(ref)) {
      throw new SpecDiffError({
        source: source.label,
        where: at,
        problem: `$ref chain loops through ${ref}`,
        fix: 'point the $ref at a real object',
      });
    }
    seen.add(ref);
    if (!ref.startsWith('#')) {
      throw new SpecDiffError({
        source: source.label,
        where,
        problem: `external $ref '${ref}' is not supported`,
        fix: 'inline it or move it under #/components/',
      });
    }
    const target = lookupPointer(source.document, ref);
    if (target === undefined) {
      throw new SpecDiffError({
        source: source.label,
        where,
        problem: `$ref '${ref}' does not resolve`,
        fix: 'correct the $ref or add the missing component',
      });
    }
    current = target;
    where = ref;
  }
}
