/** The media types of a request body or response (`content` keys), lower-cased without parameters. */
import { isRecord } from '../isRecord.ts';
import type { Located } from '../derefNode.ts';

export function mediaTypes(part: Located | undefined): Map<string, string> {
  const content = part?.node.content;
  const map = new Map<string, string>();
  if (isRecord(content)) for (const key of Object.keys(content)) map.set(key.split(';')[0]!.trim().toLowerCase(), key);
  return map;
}
