/**
 * Baseline vs a newly observed baseline → breaking and additive changes.
 *
 * Breaking (a client written against the baseline may break):
 *   new-status, new-error-code, new-content-type, removed-field (absent although its parent object
 *   was seen), type-change (a non-null type never seen before), became-nullable (null where it
 *   never was), became-optional (a key that was always present is now sometimes absent), form-change
 *   (a documented ambiguity answered in a form the baseline never saw: the contract accepts both,
 *   but a client written against the recorded form may not).
 * Additive (safe for tolerant readers): new-operation, new-field (only the top-most new pointer).
 * Not reported, by decision: statuses/codes/fields the new run did not observe (a fuzz run is a
 * sample: absence of evidence is not removal); a nullable field that is no longer null; an
 * optional field that became always-present.
 */
import type { OperationId } from '../contract/types.ts';
import type { Baseline, ResponseBaseline } from './baseline.ts';
import type { FieldShape, Shape } from './shapeOf.ts';

type BreakingKind =
  | 'new-status'
  | 'new-error-code'
  | 'new-content-type'
  | 'removed-field'
  | 'type-change'
  | 'became-nullable'
  | 'became-optional'
  | 'form-change';
type AdditiveKind = 'new-operation' | 'new-field';

export interface Change {
  readonly kind: BreakingKind | AdditiveKind;
  readonly operationId: OperationId;
  readonly status?: string;
  readonly pointer?: string;
  /** What the baseline had / what was observed, as short text. */
  readonly before?: string;
  readonly after?: string;
  readonly message: string;
}

export interface BaselineComparison {
  readonly breaking: readonly Change[];
  readonly additive: readonly Change[];
}

const parentOf = (pointer: string) => pointer.slice(0, pointer.lastIndexOf('/'));
const nonNull = (f: FieldShape) => f.types.filter((t) => t !== 'null');
const at = (pointer: string) => pointer || '(root)';

function compareShapes(op: OperationId, status: string, before: Shape, after: Shape, breaking: Change[], additive: Change[]): void {
  for (const [pointer, old] of Object.entries(before)) {
    const now = after[pointer];
    if (!now) {
      const parentNow = after[parentOf(pointer)];
      const parentWasSeenAsObject = pointer !== '' && !pointer.endsWith('/*') && parentNow?.types.includes('object');
      if (parentWasSeenAsObject && !old.optional)
        breaking.push({
          kind: 'removed-field',
          operationId: op,
          status,
          pointer,
          before: old.types.join('|'),
          message: `${op} ${status}: field ${pointer} is gone`,
        });
      continue;
    }
    const newTypes = nonNull(now).filter((t) => !old.types.includes(t));
    if (newTypes.length > 0)
      breaking.push({
        kind: 'type-change',
        operationId: op,
        status,
        pointer,
        before: old.types.join('|'),
        after: now.types.join('|'),
        message: `${op} ${status}: ${at(pointer)} was ${old.types.join('|')}, now ${now.types.join('|')}`,
      });
    if (now.types.includes('null') && !old.types.includes('null'))
      breaking.push({
        kind: 'became-nullable',
        operationId: op,
        status,
        pointer,
        before: old.types.join('|'),
        after: now.types.join('|'),
        message: `${op} ${status}: ${at(pointer)} is now null at times; it never was`,
      });
    if (now.optional && !old.optional)
      breaking.push({
        kind: 'became-optional',
        operationId: op,
        status,
        pointer,
        message: `${op} ${status}: ${pointer} was always present, now sometimes missing`,
      });
  }
  for (const pointer of Object.keys(after)) {
    // Only the top-most new pointer; `/*` is "the array now has items", not a new field.
    if (before[pointer] || !before[parentOf(pointer)] || pointer.endsWith('/*')) continue;
    additive.push({
      kind: 'new-field',
      operationId: op,
      status,
      pointer,
      after: after[pointer]?.types.join('|'),
      message: `${op} ${status}: new field ${pointer}`,
    });
  }
}

function compareResponse(
  op: OperationId,
  status: string,
  before: ResponseBaseline,
  after: ResponseBaseline,
  breaking: Change[],
  additive: Change[],
): void {
  for (const code of after.errorCodes)
    if (!before.errorCodes.includes(code))
      breaking.push({
        kind: 'new-error-code',
        operationId: op,
        status,
        before: before.errorCodes.join(', '),
        after: String(code),
        message: `${op} ${status}: new error code ${code} (baseline: ${before.errorCodes.join(', ') || 'none'})`,
      });
  for (const type of after.contentTypes)
    if (!before.contentTypes.includes(type))
      breaking.push({
        kind: 'new-content-type',
        operationId: op,
        status,
        before: before.contentTypes.join(', '),
        after: type,
        message: `${op} ${status}: new content type ${type}`,
      });
  compareShapes(op, status, before.shape, after.shape, breaking, additive);
  // Only ambiguities the baseline recorded: an id it never saw is no evidence of a switch.
  for (const [id, forms] of Object.entries(after.forms ?? {})) {
    const known = before.forms?.[id];
    if (known === undefined) continue;
    for (const form of forms.filter((f) => !known.includes(f)))
      breaking.push({
        kind: 'form-change',
        operationId: op,
        status,
        before: `${id}: ${known.join(', ')}`,
        after: `${id}: ${form}`,
        message: `${op} ${status}: ${id} is now sent as ${form} (baseline: ${known.join(', ')})`,
      });
  }
}

export function compareBaseline(baseline: Baseline, observed: Baseline): BaselineComparison {
  const breaking: Change[] = [];
  const additive: Change[] = [];
  for (const [op, statuses] of Object.entries(observed.operations) as Array<[OperationId, Record<string, ResponseBaseline>]>) {
    const known = baseline.operations[op];
    if (!known) {
      additive.push({ kind: 'new-operation', operationId: op, message: `${op}: not in the baseline (record it)` });
      continue;
    }
    for (const [status, after] of Object.entries(statuses)) {
      const before = known[status];
      if (!before)
        breaking.push({
          kind: 'new-status',
          operationId: op,
          status,
          before: Object.keys(known).join(', '),
          message: `${op}: new status ${status} (baseline: ${Object.keys(known).join(', ')})`,
        });
      else compareResponse(op, status, before, after, breaking, additive);
    }
  }
  return { breaking, additive };
}
