/**
 * The vendor's `fields` projection (reference §1): `a,b` top-level names, `*` everything, `a(b,c)` a
 * group inside `a`, `a/b` a path. Names match case-insensitively; unknown names are dropped; arrays of
 * objects are projected element-wise. Garbage never throws: unparsable parts are ignored.
 */
type Selection = Map<string, Selection | true>;

/** Deeper groups than any profile has are skipped (and cannot exhaust the stack). */
const MAX_DEPTH = 16;

/** Index just past the `)` closing the group that starts before `start` (or the end of text). */
function skipGroup(text: string, start: number): number {
  let depth = 1;
  for (let i = start; i < text.length; i += 1) {
    if (text[i] === '(') depth += 1;
    else if (text[i] === ')' && --depth === 0) return i + 1;
  }
  return text.length;
}

function parseList(text: string, start: number, into: Selection, depth = 0): number {
  if (depth > MAX_DEPTH) return skipGroup(text, start);
  let i = start;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === ')') return i + 1;
    if (ch === ',' || ch === ' ') {
      i += 1;
      continue;
    }
    let node: Selection = into;
    let name = '';
    let lastParent: Selection = into;
    let lastName = '';
    while (i < text.length) {
      const c = text[i]!;
      if (c === ',' || c === ')' || c === '(') break;
      if (c === '/') {
        if (name) {
          const existing = node.get(name);
          const child: Selection = existing instanceof Map ? existing : new Map();
          if (existing !== true) node.set(name, child);
          lastParent = node;
          lastName = name;
          node = existing === true ? new Map() : child;
        }
        name = '';
      } else if (c !== ' ') name += c.toLowerCase();
      i += 1;
    }
    if (text[i] === '(') {
      const target = name || lastName;
      const parent = name ? node : lastParent;
      const existing = parent.get(target);
      const child: Selection = existing instanceof Map ? existing : new Map();
      i = parseList(text, i + 1, child, depth + 1);
      if (target && existing !== true) parent.set(target, child.size ? child : true);
    } else if (name) {
      node.set(name, true);
    }
  }
  return i;
}

export function parseFields(fields: string): Selection | true {
  const selection: Selection = new Map();
  parseList(fields, 0, selection);
  return selection.has('*') || selection.size === 0 ? true : selection;
}

function apply(value: unknown, selection: Selection | true): unknown {
  if (selection === true || selection.has('*')) return value;
  if (Array.isArray(value)) return value.map((item) => apply(item, selection));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const sub = selection.get(key.toLowerCase());
    if (sub !== undefined) out[key] = apply(v, sub);
  }
  return out;
}

export function projectFields(profile: Readonly<Record<string, unknown>>, fields: string): Record<string, unknown> {
  const selection = parseFields(fields);
  return apply(profile, selection) as Record<string, unknown>;
}
