/**
 * Where the contract accepts several documented forms (`x-ambiguity`), names the form the target
 * used, as a warning: the user learns which variant the tenant speaks, the run does not fail.
 * Only bodies that validate are read (an invalid one is response_schema_conformance's business).
 */
import type { Failure } from './types.ts';
import { ambiguityFinder } from '../validation/ambiguityFinder.ts';
import { AMBIGUITY_CHECK } from './types.ts';
import { requiresJsonBody } from './preconditions.ts';
import { failed, makeFailure, passed, skipped } from './result.ts';

export const documented_ambiguity = requiresJsonBody((ctx, exchange, response) => {
  const op = exchange.case.operationId;
  const contentType = response.headers['content-type'] ?? '';
  if (!ctx.validator.validate(op, response.status, contentType, response.json).ok)
    return skipped('body does not validate (see response_schema_conformance)');
  const uses = ambiguityFinder(ctx.contract)(op, response.status, contentType, response.json);
  if (uses.length === 0) return passed();
  const byForm = new Map<string, { use: (typeof uses)[number]; pointers: string[] }>();
  for (const use of uses) {
    const key = `${use.id}|${use.form}`;
    const entry = byForm.get(key);
    if (entry) entry.pointers.push(use.pointer);
    else byForm.set(key, { use, pointers: [use.pointer] });
  }
  const failures: Failure[] = [...byForm.values()].map(({ use, pointers }) =>
    makeFailure(AMBIGUITY_CHECK, op, {
      title: `Target uses the ${use.form} form of ${use.id}`,
      message:
        `The target sends ${pointers.map((p) => p || '(root)').join(', ')} as ${use.form} (status ${response.status}).\n` +
        `Documented forms of ${use.id}: ${use.forms.map((f) => `${f.name} (${f.source})`).join('; ')}`,
      essence: [response.status, use.id, use.form],
      severity: 'warning',
      pointers,
    }),
  );
  return failed(failures);
});
