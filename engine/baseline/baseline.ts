/**
 * The drift baseline: per operation, status and request class, the observed response shape, error
 * codes and content types. Recorded from exchanges, written as sorted, indented JSON so diffs stay small.
 */
import type { OperationId } from '../contract/types.ts';
import type { Exchange } from '../transport/exchange.ts';
import { oneRequestClass, type RequestClassOf } from './requestClass.ts';
import type { Shape } from './shapeOf.ts';
import { mergeShapes, shapeOf, sortShape } from './shapeOf.ts';
import { sortedUnique } from './sortedUnique.ts';

export interface ResponseBaseline {
  /** Media type essences, sorted. */
  readonly contentTypes: readonly string[];
  /** Application error codes seen in bodies (per the vendor profile), sorted. */
  readonly errorCodes: readonly number[];
  /** Merged shape of the JSON bodies (empty when none parsed). */
  readonly shape: Shape;
  /** Documented-ambiguity id → the forms the target used, sorted (only when the recorder was given `formsOf`). */
  readonly forms?: Readonly<Record<string, readonly string[]>>;
}

export const BASELINE_VERSION = 3;

export interface Baseline {
  readonly version: typeof BASELINE_VERSION;
  /** operationId → status (as a string, e.g. "403") → request class → what was seen. */
  readonly operations: Readonly<Partial<Record<OperationId, Readonly<Record<string, Readonly<Record<string, ResponseBaseline>>>>>>>;
}

type Entry = {
  op: OperationId;
  status: string;
  requestClass: string;
  contentTypes: Set<string>;
  errorCodes: Set<number>;
  shape: Shape | undefined;
  forms: Map<string, Set<string>>;
};

/** Which documented form of which ambiguity an exchange's body used (see engine/validation/ambiguityFinder). */
type FormsOf = (exchange: Exchange) => ReadonlyArray<{ readonly id: string; readonly form: string }>;

export interface BaselineRecorder {
  /** Pass as the engine's `onExchange`: aggregates as it goes, keeps no exchange. */
  readonly add: (exchange: Exchange) => void;
  baseline(): Baseline;
}

export interface BaselineRecorderOptions {
  /** The application error code in a body (the vendor profile's). @defaultValue none recorded */
  readonly errorCodeOf?: (body: unknown) => number | undefined;
  /** Which documented form each ambiguous place of a response took. @defaultValue none recorded */
  readonly formsOf?: FormsOf;
  /** The request class an exchange's shape is recorded under. @defaultValue one class for every request */
  readonly classOf?: RequestClassOf;
}

export function createBaselineRecorder(options: BaselineRecorderOptions = {}): BaselineRecorder {
  const errorCodeOf = options.errorCodeOf ?? (() => undefined);
  const classOf = options.classOf ?? oneRequestClass;
  const acc = new Map<string, Entry>();
  return {
    add(exchange) {
      const { case: c, outcome } = exchange;
      if (outcome.kind !== 'response') return; // transport errors say nothing about the API's shape
      const status = String(outcome.status);
      const requestClass = classOf(exchange);
      const key = `${c.operationId} ${status} ${requestClass}`;
      let entry = acc.get(key);
      if (!entry) {
        entry = {
          op: c.operationId,
          status,
          requestClass,
          contentTypes: new Set(),
          errorCodes: new Set(),
          shape: undefined,
          forms: new Map(),
        };
        acc.set(key, entry);
      }
      const essence = outcome.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
      if (essence) entry.contentTypes.add(essence);
      if (outcome.json === undefined) return;
      const shape = shapeOf(outcome.json);
      entry.shape = entry.shape ? mergeShapes(entry.shape, shape) : shape;
      const code = errorCodeOf(outcome.json);
      if (code !== undefined) entry.errorCodes.add(code);
      for (const { id, form } of options.formsOf?.(exchange) ?? []) entry.forms.set(id, (entry.forms.get(id) ?? new Set()).add(form));
    },
    baseline() {
      const operations: Record<string, Record<string, Record<string, ResponseBaseline>>> = {};
      for (const entry of acc.values()) {
        ((operations[entry.op] ??= {})[entry.status] ??= {})[entry.requestClass] = {
          contentTypes: sortedUnique(entry.contentTypes),
          errorCodes: sortedUnique(entry.errorCodes),
          shape: sortShape(entry.shape ?? {}),
          ...(options.formsOf
            ? {
                forms: Object.fromEntries(
                  [...entry.forms].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, seen]) => [id, sortedUnique(seen)]),
                ),
              }
            : {}),
        };
      }
      return { version: BASELINE_VERSION, operations: sortKeysDeep(operations) as Baseline['operations'] };
    },
  };
}

/** Deterministic: the same set of exchanges gives the same baseline whatever their order. */
export function recordBaseline(exchanges: Iterable<Exchange>, options: BaselineRecorderOptions = {}): Baseline {
  const recorder = createBaselineRecorder(options);
  for (const exchange of exchanges) recorder.add(exchange);
  return recorder.baseline();
}

function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeysDeep((value as Record<string, unknown>)[k])]),
    );
  return value;
}

/** Sorted keys at every level, 2-space indent, trailing newline: stable, diff-friendly. */
export function serializeBaseline(baseline: Baseline): string {
  return `${JSON.stringify(sortKeysDeep(baseline), null, 2)}\n`;
}
