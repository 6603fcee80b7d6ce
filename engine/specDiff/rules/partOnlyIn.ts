/**
 * The detector of a rule on a part (parameter, request body, response) that one side has and the
 * other lacks: found where the part is used (before any `$ref`), on the side that has it.
 */
import { atNew, atOld, type Finding, type PartContext } from '../DiffRule.ts';
import type { Located } from '../derefNode.ts';
import type { DocumentSide } from '../SpecChange.ts';

/** `when` narrows the rule to some parts (required ones, success statuses). */
export const partOnlyIn =
  (side: DocumentSide, message: (key: string) => string, when: (part: Located, key: string) => boolean = () => true) =>
  (ctx: PartContext): Finding[] => {
    const [here, there] = side === 'old' ? [ctx.old, ctx.new] : [ctx.new, ctx.old];
    if (!here || there || !when(here, ctx.key)) return [];
    return [(side === 'old' ? atOld : atNew)(here.origin ?? here.at, message(ctx.key))];
  };
