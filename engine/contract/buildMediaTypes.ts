/**
 * A `content` map → `MediaTypeSpec`s, gathering examples from `example` and every `examples.*.value`
 * (example `$ref`s followed; `externalValue` ignored because the harness never fetches).
 */
import type { JsonSchema, MediaTypeSpec } from './types.ts';
import { deref, isRecord, type DerefContext } from './deref.ts';
import { escapePointerSegment } from './jsonPointer.ts';

export function buildMediaTypes(ctx: DerefContext, content: unknown, at: string): Record<string, MediaTypeSpec> {
  const result: Record<string, MediaTypeSpec> = {};
  if (!isRecord(content)) return result;
  for (const [mediaType, raw] of Object.entries(content)) {
    const where = `${at}/${escapePointerSegment(mediaType)}`;
    const media = deref(ctx, raw, where);
    result[mediaType] = {
      schema: (media.schema ?? true) as JsonSchema,
      examples: gatherExamples(ctx, media, where),
    };
  }
  return result;
}

/** Example values of a media type, parameter or header object, in document order. */
export function gatherExamples(ctx: DerefContext, holder: Record<string, unknown>, at: string): unknown[] {
  const found: unknown[] = [];
  if ('example' in holder) found.push(holder.example);
  if (isRecord(holder.examples)) {
    for (const [name, raw] of Object.entries(holder.examples)) {
      const example = deref(ctx, raw, `${at}/examples/${escapePointerSegment(name)}`);
      if ('value' in example) found.push(example.value);
    }
  }
  return found;
}
