/**
 * The checks a LoginRadius run uses, in order: the engine's generic ones with the vendor's error
 * envelope check right after the schema check (both judge the body's shape).
 */
import { defaultChecks } from '../../engine/checks/index.ts';
import type { CheckDefinition } from '../../engine/checks/checkDefinition.ts';
import { error_envelope_conformance } from './error_envelope_conformance.ts';

const afterSchema = defaultChecks.findIndex((c) => c.name === 'response_schema_conformance') + 1;

export const loginRadiusChecks: readonly CheckDefinition[] = [
  ...defaultChecks.slice(0, afterSchema),
  { name: 'error_envelope_conformance', check: error_envelope_conformance },
  ...defaultChecks.slice(afterSchema),
];

/** Every check name a LoginRadius configuration may list, in run order. */
export const CHECK_NAMES: readonly string[] = loginRadiusChecks.map((c) => c.name);
