/**
 * Baseline vs a newly observed baseline → breaking and additive changes, per operation, status and
 * request class: a field every recorded answer of a class carried is required in that class, even
 * when another class (a projection) omits it. A class the baseline never recorded is compared with
 * the union of its status's recorded classes, except its error codes (they depend on the request).
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
import { mergeResponseBaselines } from './mergeResponseBaselines.ts';
import { DEFAULT_REQUEST_CLASS } from './requestClass.ts';
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
  /** The request class compared; absent for the default class. */
  readonly requestClass?: string;
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

/** Where a comparison happens: the Change fields and "mfaX 200 (full)" for messages. */
interface Where {
  readonly fields: { readonly operationId: OperationId; readonly status: string; readonly requestClass?: string };
  readonly label: string;
}

function whereOf(operationId: OperationId, status: string, requestClass: string): Where {
  return requestClass === DEFAULT_REQUEST_CLASS
    ? { fields: { operationId, status }, label: `${operationId} ${status}` }
    : { fields: { operationId, status, requestClass }, label: `${operationId} ${status} (${requestClass})` };
}

const parentOf = (pointer: string) => pointer.slice(0, pointer.lastIndexOf('/'));
const nonNull = (f: FieldShape) => f.types.filter((t) => t !== 'null');
const at = (pointer: string) => pointer || '(root)';

function compareShapes(where: Where, before: Shape, after: Shape, breaking: Change[], additive: Change[]): void {
  const { fields, label } = where;
  for (const [pointer, old] of Object.entries(before)) {
    const now = after[pointer];
    if (!now) {
      const parentNow = after[parentOf(pointer)];
      const parentWasSeenAsObject = pointer !== '' && !pointer.endsWith('/*') && parentNow?.types.includes('object');
      if (parentWasSeenAsObject && !old.optional)
        breaking.push({
          kind: 'removed-field',
          ...fields,
          pointer,
          before: old.types.join('|'),
          message: `${label}: field ${pointer} is gone`,
        });
      continue;
    }
    const newTypes = nonNull(now).filter((t) => !old.types.includes(t));
    const change = { ...fields, pointer, before: old.types.join('|'), after: now.types.join('|') };
    if (newTypes.length > 0)
      breaking.push({ kind: 'type-change', ...change, message: `${label}: ${at(pointer)} was ${change.before}, now ${change.after}` });
    if (now.types.includes('null') && !old.types.includes('null'))
      breaking.push({ kind: 'became-nullable', ...change, message: `${label}: ${at(pointer)} is now null at times; it never was` });
    if (now.optional && !old.optional)
      breaking.push({
        kind: 'became-optional',
        ...fields,
        pointer,
        message: `${label}: ${pointer} was always present, now sometimes missing`,
      });
  }
  for (const pointer of Object.keys(after)) {
    // Only the top-most new pointer; `/*` is "the array now has items", not a new field.
    if (before[pointer] || !before[parentOf(pointer)] || pointer.endsWith('/*')) continue;
    additive.push({
      kind: 'new-field',
      ...fields,
      pointer,
      after: after[pointer]?.types.join('|'),
      message: `${label}: new field ${pointer}`,
    });
  }
}

function compareResponse(
  where: Where,
  before: ResponseBaseline,
  after: ResponseBaseline,
  breaking: Change[],
  additive: Change[],
  compareCodes: boolean,
): void {
  const { fields, label } = where;
  for (const code of compareCodes ? after.errorCodes.filter((c) => !before.errorCodes.includes(c)) : [])
    breaking.push({
      kind: 'new-error-code',
      ...fields,
      before: before.errorCodes.join(', '),
      after: String(code),
      message: `${label}: new error code ${code} (baseline: ${before.errorCodes.join(', ') || 'none'})`,
    });
  for (const type of after.contentTypes.filter((t) => !before.contentTypes.includes(t)))
    breaking.push({
      kind: 'new-content-type',
      ...fields,
      before: before.contentTypes.join(', '),
      after: type,
      message: `${label}: new content type ${type}`,
    });
  compareShapes(where, before.shape, after.shape, breaking, additive);
  // Only ambiguities the baseline recorded: an id it never saw is no evidence of a switch.
  for (const [id, forms] of Object.entries(after.forms ?? {})) {
    const known = before.forms?.[id];
    if (known === undefined) continue;
    for (const form of forms.filter((f) => !known.includes(f)))
      breaking.push({
        kind: 'form-change',
        ...fields,
        before: `${id}: ${known.join(', ')}`,
        after: `${id}: ${form}`,
        message: `${label}: ${id} is now sent as ${form} (baseline: ${known.join(', ')})`,
      });
  }
}

type ByClass = Readonly<Record<string, ResponseBaseline>>;

export function compareBaseline(baseline: Baseline, observed: Baseline): BaselineComparison {
  const breaking: Change[] = [];
  const additive: Change[] = [];
  for (const [op, statuses] of Object.entries(observed.operations) as Array<[OperationId, Record<string, ByClass>]>) {
    const known = baseline.operations[op];
    if (!known) {
      additive.push({ kind: 'new-operation', operationId: op, message: `${op}: not in the baseline (record it)` });
      continue;
    }
    for (const [status, classes] of Object.entries(statuses)) {
      const recorded = known[status];
      if (!recorded) {
        const statuses = Object.keys(known).join(', ');
        breaking.push({
          kind: 'new-status',
          operationId: op,
          status,
          before: statuses,
          message: `${op}: new status ${status} (baseline: ${statuses})`,
        });
        continue;
      }
      for (const [requestClass, after] of Object.entries(classes)) {
        const known = recorded[requestClass];
        // An error code depends on the request: one the baseline never sent proves nothing by its codes.
        const before = known ?? mergeResponseBaselines(Object.values(recorded));
        compareResponse(whereOf(op, status, requestClass), before, after, breaking, additive, known !== undefined);
      }
    }
  }
  return { breaking, additive };
}
