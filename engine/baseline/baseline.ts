/**
 * The drift baseline: per operation and status, the observed response shape, error codes and
 * content types. Recorded from exchanges, written as sorted, indented JSON so diffs stay small.
 */
import type { OperationId } from '../contract/types.ts';
import type { Exchange } from '../transport/exchange.ts';
import type { Shape } from './shapeOf.ts';
import { mergeShapes, shapeOf, sortShape } from './shapeOf.ts';

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

export interface Baseline {
  readonly version: 1;
  /** operationId → status (as a string, e.g. "403") → what was seen. */
  readonly operations: Readonly<Partial<Record<OperationId, Readonly<Record<string, ResponseBaseline>>>>>;
}

const sortedUnique = <T extends string | number>(xs: Iterable<T>): T[] =>
  [...new Set(xs)].sort((a, b) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0,
  );

type Entry = {
  op: OperationId;
  status: string;
  contentTypes: Set<string>;
  errorCodes: Set<number>;
  shape: Shape | undefined;
  forms: Map<string, Set<string>>;
};

/** Which documented form of which ambiguity an exchange's body used (see core/validation/ambiguityFinder). */
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
}

export function createBaselineRecorder(options: BaselineRecorderOptions = {}): BaselineRecorder {
  const errorCodeOf = options.errorCodeOf ?? (() => undefined);
  const acc = new Map<string, Entry>();
  return {
    add({ case: c, outcome }) {
      if (outcome.kind !== 'response') return; // transport errors say nothing about the API's shape
      const status = String(outcome.status);
      const key = `${c.operationId} ${status}`;
      let entry = acc.get(key);
      if (!entry)
        acc.set(
          key,
          (entry = { op: c.operationId, status, contentTypes: new Set(), errorCodes: new Set(), shape: undefined, forms: new Map() }),
        );
      const essence = outcome.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
      if (essence) entry.contentTypes.add(essence);
      if (outcome.json !== undefined) {
        const shape = shapeOf(outcome.json);
        entry.shape = entry.shape ? mergeShapes(entry.shape, shape) : shape;
        const code = errorCodeOf(outcome.json);
        if (code !== undefined) entry.errorCodes.add(code);
        for (const { id, form } of options.formsOf?.({ case: c, outcome } as Exchange) ?? []) {
          const seen = entry.forms.get(id) ?? new Set<string>();
          entry.forms.set(id, seen.add(form));
        }
      }
    },
    baseline() {
      const operations: Record<string, Record<string, ResponseBaseline>> = {};
      for (const entry of [...acc.values()].sort((a, b) => (a.op + a.status < b.op + b.status ? -1 : 1))) {
        (operations[entry.op] ??= {})[entry.status] = {
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
      return { version: 1, operations };
    },
  };
}

/** Deterministic: the same set of exchanges gives the same baseline whatever their order. */
export function recordBaseline(exchanges: Iterable<Exchange>, options: BaselineRecorderOptions = {}): Baseline {
  const recorder = createBaselineRecorder(options);
  for (const exchange of exchanges) recorder.add(exchange);
  return recorder.baseline();
}

/** Sorted keys at every level, 2-space indent, trailing newline: stable, diff-friendly. */
export function serializeBaseline(baseline: Baseline): string {
  const sortKeys = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sortKeys);
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
      );
    return value;
  };
  return `${JSON.stringify(sortKeys(baseline), null, 2)}\n`;
}
