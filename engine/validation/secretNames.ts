/**
 * Lower-cased names the document marks `x-secret: true` (parameters and schema properties),
 * so issue messages can redact values found under them.
 */
export function secretNames(document: unknown): Set<string> {
  const found = new Set<string>();
  visit(document, found);
  return found;
}

function visit(node: unknown, found: Set<string>): void {
  if (Array.isArray(node)) {
    for (const child of node) visit(child, found);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  if (record['x-secret'] === true && typeof record.name === 'string') found.add(record.name.toLowerCase());
  if (typeof record.properties === 'object' && record.properties !== null) {
    for (const [name, property] of Object.entries(record.properties)) {
      if ((property as Record<string, unknown> | null)?.['x-secret'] === true) found.add(name.toLowerCase());
    }
  }
  for (const child of Object.values(record)) visit(child, found);
}
