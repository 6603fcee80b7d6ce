/**
 * The operations of a document keyed `METHOD /path`, with path-level and operation-level
 * parameters merged (the operation's win, as OpenAPI specifies).
 */
import { derefNode, type Located } from './derefNode.ts';
import { isRecord } from './isRecord.ts';
import { child } from './jsonPointer.ts';
import type { SpecSource } from './SpecSource.ts';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface OperationInfo {
  /** `GET /identity/x`. */
  readonly key: string;
  readonly path: string;
  readonly method: string;
  readonly operationId?: string;
  readonly node: Record<string, unknown>;
  readonly at: string;
  /** Parameters keyed `in:name` (header names lower-cased: HTTP compares them without case). */
  readonly parameters: ReadonlyMap<string, Located>;
}

export function listOperations(source: SpecSource): Map<string, OperationInfo> {
  const operations = new Map<string, OperationInfo>();
  const paths = source.document.paths as Record<string, unknown>;
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = derefNode(source, rawItem, child('#/paths', path));
    const shared = parameterMap(source, item.node.parameters, child(item.at, 'parameters'));
    for (const method of METHODS) {
      if (!isRecord(item.node[method])) continue;
      const at = child(item.at, method);
      const node = item.node[method] as Record<string, unknown>;
      const own = parameterMap(source, node.parameters, child(at, 'parameters'));
      const key = `${method.toUpperCase()} ${path}`;
      const operationId = typeof node.operationId === 'string' ? node.operationId : undefined;
      const info = { key, path, method, node, at, parameters: new Map([...shared, ...own]) };
      operations.set(key, operationId === undefined ? info : { ...info, operationId });
    }
  }
  return operations;
}

function parameterMap(source: SpecSource, list: unknown, at: string): Map<string, Located> {
  const map = new Map<string, Located>();
  if (!Array.isArray(list)) return map;
  list.forEach((raw, index) => {
    const found = derefNode(source, raw, child(at, index));
    const where = String(found.node.in ?? '?');
    const name = String(found.node.name ?? '?');
    map.set(`${where}:${where === 'header' ? name.toLowerCase() : name}`, found);
  });
  return map;
}
