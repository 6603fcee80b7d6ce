/**
 * One operation, old against new: operation, parameter, request-body and response rules, then the
 * schemas under each part that exists on both sides.
 */
import { applyRules } from './applyRules.ts';
import { derefNode, type Located } from './derefNode.ts';
import type { Direction } from './DiffRule.ts';
import { isRecord } from './isRecord.ts';
import { child } from './jsonPointer.ts';
import type { OperationInfo } from './listOperations.ts';
import type { SpecSource } from './SpecSource.ts';
import { walkSchemas, type WalkEnv } from './walkSchemas.ts';

export function diffOperation(env: WalkEnv, old: OperationInfo | undefined, now: OperationInfo | undefined): void {
  const base = { options: env.options, oldSource: env.oldSource, newSource: env.newSource };
  applyRules('operation', { ...base, old, new: now }, env.sink);
  if (!old || !now) return;
  markers(env, old, now);
  for (const key of new Set([...old.parameters.keys(), ...now.parameters.keys()])) {
    const [a, b] = [old.parameters.get(key), now.parameters.get(key)];
    applyRules('parameter', { ...base, key, old: a, new: b }, env.sink);
    if (a && b) part(env, 'request', a, b);
  }
  const bodies = [located(env.oldSource, old, 'requestBody'), located(env.newSource, now, 'requestBody')] as const;
  applyRules('requestBody', { ...base, key: 'requestBody', old: bodies[0], new: bodies[1] }, env.sink);
  if (bodies[0] && bodies[1]) part(env, 'request', bodies[0], bodies[1]);
  const [oldResponses, newResponses] = [responses(env.oldSource, old), responses(env.newSource, now)];
  for (const status of new Set([...oldResponses.keys(), ...newResponses.keys()])) {
    const [a, b] = [oldResponses.get(status), newResponses.get(status)];
    applyRules('response', { ...base, key: status, old: a, new: b }, env.sink);
    if (a && b) part(env, 'response', a, b);
  }
}

/** Markers of a part, then the schema of a parameter or of each media type both sides document. */
function part(env: WalkEnv, direction: Direction, a: Located, b: Located): void {
  markers(env, a, b);
  if ('schema' in a.node && 'schema' in b.node) {
    walkSchemas(env, direction, { schema: a.node.schema, at: child(a.at, 'schema') }, { schema: b.node.schema, at: child(b.at, 'schema') });
  }
  const [ca, cb] = [a.node.content, b.node.content];
  if (!isRecord(ca) || !isRecord(cb)) return;
  for (const [type, media] of Object.entries(ca)) {
    const other = cb[type];
    if (!isRecord(media) || !isRecord(other)) continue;
    walkSchemas(
      env,
      direction,
      { schema: media.schema, at: child(a.at, 'content', type, 'schema') },
      { schema: other.schema, at: child(b.at, 'content', type, 'schema') },
    );
  }
}

function markers(env: WalkEnv, a: Located, b: Located): void {
  const base = { options: env.options, oldSource: env.oldSource, newSource: env.newSource };
  applyRules('marker', { ...base, old: a, new: b }, env.sink);
}

function located(source: SpecSource, op: OperationInfo, key: string): Located | undefined {
  return op.node[key] === undefined ? undefined : derefNode(source, op.node[key], child(op.at, key));
}

function responses(source: SpecSource, op: OperationInfo): Map<string, Located> {
  const map = new Map<string, Located>();
  const all = op.node.responses;
  if (isRecord(all))
    for (const [status, raw] of Object.entries(all)) map.set(status, derefNode(source, raw, child(op.at, 'responses', status)));
  return map;
}
