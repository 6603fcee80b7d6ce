/** The required headers of a response: lower-cased name → pointer of the header object. */
import { derefNode, type Located } from '../derefNode.ts';
import { isRecord } from '../isRecord.ts';
import { child } from '../jsonPointer.ts';
import type { SpecSource } from '../SpecSource.ts';

export function requiredHeaders(source: SpecSource, response: Located | undefined): Map<string, string> {
  const map = new Map<string, string>();
  const headers = response?.node.headers;
  if (!response || !isRecord(headers)) return map;
  for (const [name, raw] of Object.entries(headers)) {
    const header = derefNode(source, raw, child(response.at, 'headers', name));
    if (header.node.required === true) map.set(name.toLowerCase(), header.at);
  }
  return map;
}
