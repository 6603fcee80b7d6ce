/**
 * The detector of a rule on the keyed members of a pair (media types, required headers, error codes,
 * security alternatives): each member one side lists and the other does not, found on its own side.
 */
import { atNew, atOld, type Finding } from '../DiffRule.ts';
import type { DocumentSide } from '../SpecChange.ts';

/** Members by key (a media type, a header name, a code) → the pointer that shows the member. */
export type Members = ReadonlyMap<string, string>;

/** `members` is undefined when the pair cannot be compared (a side is absent): no findings then. */
export const membersOnlyIn =
  <C>(
    side: DocumentSide,
    members: (ctx: C) => Readonly<Record<DocumentSide, Members>> | undefined,
    message: (ctx: C, key: string) => string,
  ) =>
  (ctx: C): Finding[] => {
    const both = members(ctx);
    if (!both) return [];
    const [here, there] = side === 'old' ? [both.old, both.new] : [both.new, both.old];
    const at = side === 'old' ? atOld : atNew;
    return [...here].filter(([key]) => !there.has(key)).map(([key, pointer]) => at(pointer, message(ctx, key)));
  };
