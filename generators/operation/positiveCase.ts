/**
 * Operation → arbitrary of positive `Case`s: schema-valid parameters and body, the credentials
 * where the vendor profile puts them, and path / parameter names in varied letter case (for
 * vendors that match them case-insensitively). Label `{ kind: 'positive' }`.
 */
import * as fc from 'fast-check';
import type { Case } from '../../engine/case/case.ts';
import type { OperationSpec } from '../../engine/contract/types.ts';
import { oddlyCased } from './oddlyCased.ts';
import { positiveBody } from './positiveBody.ts';
import { positiveParameterValue } from './positiveParameterValue.ts';
import type { GenerationContext } from './generationContext.ts';

export interface PositiveCaseOptions {
  /** Vary the letter case of the path and of query names. @defaultValue the profile's `caseInsensitiveNames` */
  readonly varyCase?: boolean;
  /** Add extra keys to open request bodies. @defaultValue true */
  readonly extraBodyKeys?: boolean;
}

function checkArguments(op: OperationSpec, ctx: GenerationContext, options: PositiveCaseOptions): void {
  const problems: string[] = [];
  if (typeof op?.operationId !== 'string') problems.push('op must be an OperationSpec from contract.operation(id)');
  if (typeof ctx?.clock !== 'function') problems.push('ctx.clock must be a function returning ms');
  if (typeof ctx?.profile?.positiveCredentials !== 'function')
    problems.push('ctx.profile must be a GenerationProfile (from a vendor pack)');
  for (const key of ['varyCase', 'extraBodyKeys'] as const)
    if (options[key] !== undefined && typeof options[key] !== 'boolean') problems.push(`options.${key} must be a boolean`);
  if (problems.length > 0) throw new Error(`positiveCase: ${problems.join('; ')}.`);
}

export function positiveCase(op: OperationSpec, ctx: GenerationContext, options: PositiveCaseOptions = {}): fc.Arbitrary<Case> {
  checkArguments(op, ctx, options);
  const varyCase = options.varyCase ?? ctx.profile.caseInsensitiveNames;
  const named = (name: string): fc.Arbitrary<string> => (varyCase ? oddlyCased(name) : fc.constant(name));
  const credentialNames = new Set(ctx.profile.credentialParameters(ctx.contract).map((n) => n.toLowerCase()));
  const others = op.parameters.filter((p) => p.in === 'query' && !credentialNames.has(p.name.toLowerCase()));
  const otherEntries = others.map((p) => {
    const entry = fc.tuple(named(p.name), positiveParameterValue(ctx, p));
    return p.required ? entry : fc.option(entry, { nil: undefined });
  });
  const body = positiveBody(op, ctx, options.extraBodyKeys ?? true) ?? fc.constant(undefined);
  return fc
    .record({
      path: varyCase ? oddlyCased(op.path) : fc.constant(op.path),
      credentials: ctx.profile.positiveCredentials(ctx, named),
      others: fc.tuple(...otherEntries),
      body,
    })
    .map((r): Case => {
      const query: Array<readonly [string, string]> = [...r.credentials.query];
      for (const entry of r.others) if (entry !== undefined) query.push(entry);
      return {
        operationId: op.operationId,
        method: op.method,
        path: r.path,
        query,
        headers: { ...r.credentials.headers },
        body: r.body === undefined ? { kind: 'none' } : { kind: 'json', value: r.body.value, mediaType: r.body.mediaType },
        label: { kind: 'positive' },
      };
    });
}
