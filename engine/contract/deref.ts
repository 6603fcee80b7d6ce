/**
 * Follows `$ref` objects (parameters, responses, request bodies, examples, headers) until a real
 * object is reached. Schemas are NOT dereferenced here: they stay as written (see types.ts).
 */
import { ContractError } from './ContractError.ts';
import { resolvePointer } from './jsonPointer.ts';

const MAX_HOPS = 16;

export interface DerefContext {
  readonly document: unknown;
  readonly file: string;
}

export function deref(ctx: DerefContext, node: unknown, at: string): Record<string, unknown> {
  let current = node;
  let where = at;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    if (!isRecord(current)) {
      throw new ContractError({ file: ctx.file, where, problem: 'expected an object here', fix: 'write a mapping (or a $ref to one)' });
    }
    const ref = current.$ref;
    if (typeof ref !== 'string') return current;
    current = resolvePointer(ctx.document, ref, ctx.file, where);
    where = ref;
  }
  throw new ContractError({ file: ctx.file, where: at, problem: `more than ${MAX_HOPS} chained $refs`, fix: 'remove the $ref cycle' });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
