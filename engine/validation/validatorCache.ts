/**
 * Compiled validators keyed by what they validate ("response|listWidgets|200|application/json").
 * Each key compiles at most once per process; `compiledCount` lets tests prove it.
 */
import type { ValidateFunction } from 'ajv/dist/2020.js';
import type { JsonSchema } from '../contract/types.ts';
import type { ContractAjv } from './createAjv.ts';
import { rebaseRefs } from './rebaseRefs.ts';

export interface ValidatorCache {
  get(key: string, schema: JsonSchema): ValidateFunction;
  readonly compiledCount: number;
}

export function createValidatorCache({ ajv, baseUri }: ContractAjv): ValidatorCache {
  const compiled = new Map<string, ValidateFunction>();
  return {
    get(key, schema) {
      let validate = compiled.get(key);
      if (!validate) {
        validate = ajv.compile(rebaseRefs(schema, baseUri));
        compiled.set(key, validate);
      }
      return validate;
    },
    get compiledCount() {
      return compiled.size;
    },
  };
}
