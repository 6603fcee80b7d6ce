/**
 * `loadContract(path)`: the parsed, checked and indexed contract. Loaded once per absolute path
 * per process (the document is input-only, so caching is safe); a failed load is not cached.
 */
import { resolve } from 'node:path';
import type { Contract, HttpMethod, JsonSchema, OperationId, OperationSpec } from './types.ts';
import { ContractError } from './ContractError.ts';
import { readDocument } from './readDocument.ts';
import { checkRefs } from './checkRefs.ts';
import { buildOperation, HTTP_METHODS } from './buildOperation.ts';
import { isRecord } from './deref.ts';
import { resolvePointer } from './jsonPointer.ts';

const cache = new Map<string, Contract>();

export function loadContract(path: string): Contract {
  const file = resolve(path);
  const cached = cache.get(file);
  if (cached) return cached;
  const contract = buildContract(file);
  cache.set(file, contract);
  return contract;
}

function buildContract(file: string): Contract {
  const document = readDocument(file);
  checkRefs(document, file);
  const ctx = { document, file };
  const operations = new Map<OperationId, OperationSpec>();
  for (const [path, item] of Object.entries(document.paths ?? {}) as Array<[string, unknown]>) {
    if (!isRecord(item)) continue;
    const pathItem: Record<string, unknown> = item;
    for (const method of HTTP_METHODS) {
      if (pathItem[method.toLowerCase()] === undefined) continue;
      const spec = buildOperation(ctx, path, pathItem, method as HttpMethod, document.security);
      if (operations.has(spec.operationId)) {
        throw new ContractError({
          file,
          where: `${method} ${path}`,
          problem: `operationId '${spec.operationId}' is used twice`,
          fix: 'give every operation its own operationId',
        });
      }
      operations.set(spec.operationId, spec);
    }
  }
  return Object.freeze({
    sourcePath: file,
    document,
    operations,
    operation(operationId: OperationId): OperationSpec {
      const spec = operations.get(operationId);
      if (spec) return spec;
      throw new ContractError({
        file,
        problem: `unknown operationId '${String(operationId)}' (the document has: ${[...operations.keys()].join(', ') || 'none'})`,
        fix: 'use an operationId from the document, or add the operation to the document',
      });
    },
    resolveRef(ref: string): JsonSchema {
      return resolvePointer(document, ref, file) as JsonSchema;
    },
  });
}
