/**
 * A JSON value's shape: JSON pointer → the JSON types seen there (+ `optional` when an object key
 * is sometimes absent). Arrays are summarised by one merged item shape at `<pointer>/*`, so a
 * 3-item and a 300-item list have the same shape. Numbers are one type ('number'): 1 vs 1.5 is
 * not a contract change worth flagging.
 */
type JsonType = 'string' | 'number' | 'boolean' | 'null' | 'object' | 'array';

export interface FieldShape {
  /** Sorted, unique. */
  readonly types: readonly JsonType[];
  readonly optional?: true;
}

/** Pointer → shape; '' is the root. */
export type Shape = Readonly<Record<string, FieldShape>>;

function jsonTypeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const t = typeof value;
  if (t === 'string' || t === 'number' || t === 'boolean' || t === 'object') return t;
  return 'null'; // undefined/functions never come out of JSON.parse
}

const escapeToken = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

function prefixed(shape: Shape, prefix: string): Record<string, FieldShape> {
  const out: Record<string, FieldShape> = {};
  for (const [pointer, field] of Object.entries(shape)) out[prefix + pointer] = field;
  return out;
}

const parentOf = (pointer: string) => pointer.slice(0, pointer.lastIndexOf('/'));
const isKeyPointer = (pointer: string) => pointer !== '' && !pointer.endsWith('/*');

/**
 * Union of two shapes. A key present under an object in one shape but absent from the other,
 * where the same parent was also an object, becomes optional.
 */
export function mergeShapes(a: Shape, b: Shape): Shape {
  const out: Record<string, FieldShape> = {};
  for (const pointer of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[pointer];
    const y = b[pointer];
    const types = [...new Set([...(x?.types ?? []), ...(y?.types ?? [])])].sort();
    const missingUnderObject = (side: Shape, field: FieldShape | undefined) =>
      field === undefined && isKeyPointer(pointer) && (side[parentOf(pointer)]?.types.includes('object') ?? false);
    const optional = x?.optional || y?.optional || missingUnderObject(a, x) || missingUnderObject(b, y);
    out[pointer] = optional ? { types, optional: true } : { types };
  }
  return sortShape(out);
}

export function sortShape(shape: Shape): Shape {
  return Object.fromEntries(Object.entries(shape).sort(([p], [q]) => (p < q ? -1 : p > q ? 1 : 0)));
}

export function shapeOf(value: unknown): Shape {
  const type = jsonTypeOf(value);
  const out: Record<string, FieldShape> = { '': { types: [type] } };
  if (type === 'object')
    for (const [key, child] of Object.entries(value as Record<string, unknown>))
      Object.assign(out, prefixed(shapeOf(child), `/${escapeToken(key)}`));
  if (type === 'array' && (value as unknown[]).length > 0)
    Object.assign(out, prefixed((value as unknown[]).map(shapeOf).reduce(mergeShapes), '/*'));
  return sortShape(out);
}
