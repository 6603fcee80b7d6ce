/**
 * Operation → arbitrary of positive `Case`s: schema-valid parameters and body, a valid API key,
 * the valid access token as `Bearer` header (any scheme case), `access_token` query or both, the
 * current TOTP code as `otp`, and path / parameter names in varied letter case (the vendor
 * matches them case-insensitively). Label `{ kind: 'positive' }`.
 */
import * as fc from 'fast-check';
import type { Case } from '../../engine/case/case.ts';
import type { OperationSpec } from '../../engine/contract/types.ts';
import { accessTokenVariant, POSITIVE_TOKEN_KINDS } from '../../loginradius/generators/accessTokenVariant.ts';
import { credentialParameters } from '../../loginradius/generators/credentialParameters.ts';
import { oddlyCased } from './oddlyCased.ts';
import { positiveBody } from './positiveBody.ts';
import { positiveParameterValue } from './positiveParameterValue.ts';
import type { GenerationContext } from './generationContext.ts';

export interface PositiveCaseOptions {
  /** Vary the letter case of the path and of query names. @defaultValue true */
  readonly varyCase?: boolean;
  /** Add extra keys to open request bodies. @defaultValue true */
  readonly extraBodyKeys?: boolean;
}

function checkArguments(op: OperationSpec, ctx: GenerationContext, options: PositiveCaseOptions): void {
  const problems: string[] = [];
  if (typeof op?.operationId !== 'string') problems.push('op must be an OperationSpec from contract.operation(id)');
  if (typeof ctx?.clock !== 'function') problems.push('ctx.clock must be a function returning ms');
  if (typeof ctx?.credentials?.apiKey !== 'string' || typeof ctx.credentials.accessToken !== 'string' || typeof ctx.credentials.totpSecret !== 'string')
    problems.push('ctx.credentials needs apiKey, accessToken and totpSecret');
  for (const key of ['varyCase', 'extraBodyKeys'] as const)
    if (options[key] !== undefined && typeof options[key] !== 'boolean') problems.push(`options.${key} must be a boolean`);
  if (problems.length > 0) throw new Error(`positiveCase: ${problems.join('; ')}.`);
}

export function positiveCase(op: OperationSpec, ctx: GenerationContext, options: PositiveCaseOptions = {}): fc.Arbitrary<Case> {
  checkArguments(op, ctx, options);
  const varyCase = options.varyCase ?? true;
  const named = (name: string): fc.Arbitrary<string> => (varyCase ? oddlyCased(name) : fc.constant(name));
  const names = credentialParameters(ctx.contract);
  const credentialNames = new Set([names.apiKey, names.accessToken].map((n) => n.toLowerCase()));
  const others = op.parameters.filter((p) => p.in === 'query' && !credentialNames.has(p.name.toLowerCase()));
  const otherEntries = others.map((p) => {
    const entry = fc.tuple(named(p.name), positiveParameterValue(ctx.contract, p));
    return p.required ? entry : fc.option(entry, { nil: undefined });
  });
  const body = positiveBody(op, ctx, options.extraBodyKeys ?? true) ?? fc.constant(undefined);
  return fc.record({
    path: varyCase ? oddlyCased(op.path) : fc.constant(op.path),
    apiKeyName: named(names.apiKey),
    tokenName: named(names.accessToken),
    authHeaderName: fc.constantFrom('Authorization', 'authorization'),
    token: accessTokenVariant(ctx.credentials, { kinds: POSITIVE_TOKEN_KINDS }),
    others: fc.tuple(...otherEntries),
    body,
  }).map((r): Case => {
    const query: Array<readonly [string, string]> = [[r.apiKeyName, ctx.credentials.apiKey]];
    if (r.token.value.query !== undefined) query.push([r.tokenName, r.token.value.query]);
    for (const entry of r.others) if (entry !== undefined) query.push(entry);
    return {
      operationId: op.operationId,
      method: op.method,
      path: r.path,
      query,
      headers: r.token.value.authorization === undefined ? {} : { [r.authHeaderName]: r.token.value.authorization },
      body: r.body === undefined ? { kind: 'none' } : { kind: 'json', value: r.body.value, mediaType: r.body.mediaType },
      label: { kind: 'positive' },
    };
  });
}
