/**
 * One linear, iterative pass over JSON text, before it is parsed: its nesting depth and how many
 * members (object keys + array items) it holds. Every later walker (ajv, baseline shapes, redaction,
 * secret echo, JSON.stringify in the reports) recurses or costs per member, so a body over either cap
 * is refused here and never parsed. Text that is not JSON is measured the same way; it fails to parse
 * later anyway.
 */
export interface JsonBudget {
  /** Deepest allowed nesting of objects/arrays (the root container is depth 1). */
  readonly maxJsonDepth: number;
  /** Most object keys + array items allowed, counted over the whole document. */
  readonly maxJsonMembers: number;
}

export type JsonBudgetVerdict =
  | { readonly ok: true }
  | { readonly ok: false; readonly kind: 'json-too-deep' | 'json-too-wide'; readonly message: string };

const QUOTE = 0x22,
  BACKSLASH = 0x5c,
  COMMA = 0x2c;
const OPEN_OBJECT = 0x7b,
  OPEN_ARRAY = 0x5b,
  CLOSE_OBJECT = 0x7d,
  CLOSE_ARRAY = 0x5d;
const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

export function checkJsonBudget(text: string, budget: JsonBudget): JsonBudgetVerdict {
  let depth = 0;
  let members = 0;
  // True right after an opening bracket: the first non-space token decides whether it holds a member.
  let justOpened = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (justOpened && !isSpace(c)) {
      justOpened = false;
      if (c !== CLOSE_OBJECT && c !== CLOSE_ARRAY) members++;
    }
    if (c === QUOTE) {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === BACKSLASH) i++;
        else if (d === QUOTE) break;
      }
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      depth++;
      justOpened = true;
      if (depth > budget.maxJsonDepth)
        return {
          ok: false,
          kind: 'json-too-deep',
          message: `JSON nested deeper than ${budget.maxJsonDepth} levels (maxJsonDepth=${budget.maxJsonDepth})`,
        };
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      if (depth > 0) depth--;
    } else if (c === COMMA && depth > 0) {
      members++;
    }
    if (members > budget.maxJsonMembers)
      return {
        ok: false,
        kind: 'json-too-wide',
        message: `JSON holds more than ${budget.maxJsonMembers} keys and items (maxJsonMembers=${budget.maxJsonMembers})`,
      };
  }
  return { ok: true };
}
