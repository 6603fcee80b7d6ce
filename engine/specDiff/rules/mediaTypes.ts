/**
 * The media types of both sides of a request body or response (`content` keys, lower-cased without
 * parameters) → the pointer of each; undefined unless both sides are present.
 */
import type { Located } from '../derefNode.ts';
import type { PartContext } from '../DiffRule.ts';
import { isRecord } from '../isRecord.ts';
import { child } from '../jsonPointer.ts';
import type { Members } from './membersOnlyIn.ts';

function mediaTypesOf(part: Located): Members {
  const content = part.node.content;
  const map = new Map<string, string>();
  if (isRecord(content))
    for (const key of Object.keys(content)) map.set(key.split(';')[0]!.trim().toLowerCase(), child(part.at, 'content', key));
  return map;
}

export const mediaTypes = ({ old, new: now }: PartContext) => (old && now ? { old: mediaTypesOf(old), new: mediaTypesOf(now) } : undefined);
