/**
 * Documented ambiguity: where the vendor's sources disagree, the contract accepts every documented
 * form and marks the place with `x-ambiguity: { id, forms: [{ name, source, schema? }] }` (or a list
 * of such markers when one place has several independent ambiguities).
 * `ambiguityFinder(contract)` answers, for a response body, each marked place the body reaches and
 * the one form its value matches: the form's own `schema`, else the `anyOf`/`oneOf` branch at the
 * form's index. A value matching no form or several (often null) tells nothing and is left out.
 * Meant for bodies that validated: on others the answer is incomplete, not wrong.
 */
import type { ValidateFunction } from 'ajv/dist/2020.js';
import type { Contract, JsonSchema, OperationId } from '../contract/types.ts';
import { createAjv } from './createAjv.ts';
import { compiledValidatorStore } from './compiledValidatorStore.ts';
import { privateCacheDir } from '../contract/privateCacheDir.ts';
import { createValidatorCache, type ValidatorCache } from './validatorCache.ts';
import { findMediaType, findResponse } from './findResponse.ts';

const AMBIGUITY_KEY = 'x-ambiguity';

interface AmbiguityForm {
  readonly name: string;
  /** Where the vendor documents this form. */
  readonly source: string;
}

interface AmbiguityUse {
  readonly id: string;
  /** The form the value matched. */
  readonly form: string;
  /** JSON pointer of the value in the body; array indices are `*`. */
  readonly pointer: string;
  /** Every documented form of this place, in document order. */
  readonly forms: readonly AmbiguityForm[];
}

export type AmbiguityFinder = (operationId: OperationId, status: number, contentType: string | undefined, body: unknown) => AmbiguityUse[];

type Node = Record<string, unknown>;
interface Marker {
  readonly id: string;
  readonly forms: ReadonlyArray<AmbiguityForm & { readonly schema?: JsonSchema }>;
}

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const escapeToken = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

const byContract = new WeakMap<Contract, AmbiguityFinder>();

export function ambiguityFinder(contract: Contract): AmbiguityFinder {
  let finder = byContract.get(contract);
  if (!finder) byContract.set(contract, (finder = createFinder(contract)));
  return finder;
}

function createFinder(contract: Contract): AmbiguityFinder {
  let cache: ValidatorCache | undefined;
  const compiled = new WeakMap<object, ValidateFunction>();
  const matches = (schema: unknown, value: unknown): boolean => {
    if (typeof schema === 'boolean') return schema;
    if (!isNode(schema)) return false;
    let validate = compiled.get(schema);
    if (!validate) {
      cache ??= createValidatorCache(createAjv(contract), compiledValidatorStore(privateCacheDir()));
      validate = cache.get(`form|${JSON.stringify(schema)}`, schema as JsonSchema);
      compiled.set(schema, validate);
    }
    return validate(value) === true;
  };
  const resolve = (schema: unknown): unknown => {
    let current = schema;
    for (let hops = 0; isNode(current) && typeof current['$ref'] === 'string' && hops < 32; hops += 1)
      current = contract.resolveRef(current['$ref']);
    return current;
  };

  // Whether a schema or anything below it carries a marker, so unmarked subtrees are never walked.
  const holds = new WeakMap<object, boolean>();
  const children = (s: Node): unknown[] => [
    ...(['allOf', 'anyOf', 'oneOf'] as const).flatMap((k) => (Array.isArray(s[k]) ? (s[k] as unknown[]) : [])),
    ...(isNode(s['properties']) ? Object.values(s['properties']) : []),
    s['items'],
    s['additionalProperties'],
  ];
  function holdsMarker(schema: unknown, visiting: Set<object>): boolean {
    const s = resolve(schema);
    if (!isNode(s)) return false;
    const known = holds.get(s);
    if (known !== undefined) return known;
    if (visiting.has(s)) return false;
    visiting.add(s);
    const result = s[AMBIGUITY_KEY] !== undefined || children(s).some((c) => holdsMarker(c, visiting));
    visiting.delete(s);
    holds.set(s, result);
    return result;
  }

  function identify(marker: Marker, s: Node, value: unknown): string | undefined {
    const branches = (Array.isArray(s['anyOf']) ? s['anyOf'] : Array.isArray(s['oneOf']) ? s['oneOf'] : []) as unknown[];
    const hits = marker.forms.filter((form, i) => matches(form.schema ?? branches[i] ?? false, value));
    return hits.length === 1 ? hits[0]?.name : undefined;
  }

  function walk(schema: unknown, value: unknown, pointer: string, out: Map<string, AmbiguityUse>): void {
    const s = resolve(schema);
    if (!isNode(s) || !holdsMarker(s, new Set())) return;
    for (const marker of ([] as unknown[]).concat(s[AMBIGUITY_KEY] ?? []) as Marker[]) {
      if (!isNode(marker) || !Array.isArray(marker.forms)) continue;
      const form = identify(marker, s, value);
      if (form !== undefined)
        out.set(`${marker.id}|${form}|${pointer}`, {
          id: marker.id,
          form,
          pointer,
          forms: marker.forms.map(({ name, source }) => ({ name, source })),
        });
    }
    for (const sub of Array.isArray(s['allOf']) ? s['allOf'] : []) walk(sub, value, pointer, out);
    for (const key of ['anyOf', 'oneOf'] as const)
      for (const sub of Array.isArray(s[key]) ? s[key] : []) if (matches(sub, value)) walk(sub, value, pointer, out);
    if (isNode(value)) {
      const properties = isNode(s['properties']) ? s['properties'] : {};
      for (const [key, child] of Object.entries(value)) {
        const sub = properties[key] ?? (isNode(s['additionalProperties']) ? s['additionalProperties'] : undefined);
        if (sub !== undefined) walk(sub, child, `${pointer}/${escapeToken(key)}`, out);
      }
    }
    if (Array.isArray(value) && s['items'] !== undefined) for (const item of value) walk(s['items'], item, `${pointer}/*`, out);
  }

  return (operationId, status, contentType, body) => {
    const op = contract.operations.get(operationId);
    const response = op ? findResponse(op, status) : undefined;
    const media = response && contentType !== undefined ? findMediaType(response.content, contentType) : undefined;
    if (!media) return [];
    const out = new Map<string, AmbiguityUse>();
    walk(media.media.schema, body, '', out);
    return [...out.values()];
  };
}
