/**
 * The examples phase: the document's own request examples, made sendable. Every non-secret
 * parameter example is used as written; credentials come from the target (the document's example
 * keys and tokens are placeholders); the example OTP is a placeholder too, so the sender replaces it
 * with a fresh code (positive cases carry a valid OTP).
 */
import type { Case } from '../../engine/case/case.ts';
import type { OperationSpec } from '../../engine/contract/types.ts';
import type { GenerationContext } from './generationContext.ts';
import { totpCode } from '../../loginradius/generators/totpCode.ts';

function exampleText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function exampleCases(op: OperationSpec, ctx: GenerationContext): Case[] {
  const query: Array<readonly [string, string]> = [['apikey', ctx.credentials.apiKey]];
  for (const p of op.parameters) {
    if (p.in === 'query' && !p.secret && p.example !== undefined) query.push([p.name, exampleText(p.example)]);
  }
  const base = {
    operationId: op.operationId, method: op.method, path: op.path, query,
    headers: { Authorization: `Bearer ${ctx.credentials.accessToken}` }, label: { kind: 'positive' as const },
  };
  const json = op.requestBody?.content['application/json'];
  if (!json) return [{ ...base, body: { kind: 'none' } }];
  const otp = totpCode(ctx.credentials.totpSecret, ctx.clock());
  return json.examples
    .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null && !Array.isArray(e))
    .map((example) => ({ ...base, body: { kind: 'json', value: { ...example, otp }, mediaType: 'application/json' } }));
}
