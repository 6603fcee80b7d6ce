/**
 * Compiled validators keyed by what they validate ("response|listWidgets|200|application/json").
 * Each key compiles at most once per process, and not at all when the compiled-validator store
 * (on disk, shared by the run's processes and later runs) already holds it; `compiledCount`
 * lets tests prove it.
 */
import type { ValidateFunction } from 'ajv/dist/2020.js';
import type { JsonSchema } from '../contract/types.ts';
import type { CompiledValidatorStore } from './compiledValidatorStore.ts';
import { fingerprintOf } from './compiledValidatorStore.ts';
import type { ContractAjv } from './createAjv.ts';
import { rebaseRefs } from './rebaseRefs.ts';

export interface ValidatorCache {
  get(key: string, schema: JsonSchema): ValidateFunction;
  /** Validators made ready (compiled, or loaded from the store): each key once. */
  readonly preparedCount: number;
  /** Of those, the ones this process compiled. */
  readonly compiledCount: number;
}

export function createValidatorCache({ ajv, baseUri, context }: ContractAjv, store?: CompiledValidatorStore): ValidatorCache {
  const ready = new Map<string, ValidateFunction>();
  let compiled = 0;
  return {
    get(key, schema) {
      let validate = ready.get(key);
      if (!validate) {
        const rebased = rebaseRefs(schema, baseUri);
        const fingerprint = store ? fingerprintOf(context, rebased) : '';
        validate = store?.load(fingerprint);
        if (!validate) {
          validate = ajv.compile(rebased);
          compiled += 1;
          store?.store(fingerprint, ajv, validate);
        }
        ready.set(key, validate);
      }
      return validate;
    },
    get preparedCount() {
      return ready.size;
    },
    get compiledCount() {
      return compiled;
    },
  };
}
