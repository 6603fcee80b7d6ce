/** The JSON object a text holds; undefined when the text is not JSON, or is JSON but not an object (an array, null, a scalar). */
import { isRecord } from '../../engine/contract/deref.ts';

export function parseJsonObject(text: string): Record<string, unknown> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return isRecord(value) ? value : undefined;
}
