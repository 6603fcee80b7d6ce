/**
 * The examples phase: the document's own request examples, made sendable. Every non-secret
 * parameter example is used as written; credentials come from the target (the document's example
 * keys and tokens are placeholders), and so do the fields the vendor profile sets on every example
 * body (a one-time code the sender replaces with a fresh one).
 */
import type { Case } from '../../engine/case/case.ts';
import type { OperationSpec } from '../../engine/contract/types.ts';
import type { GenerationContext } from './generationContext.ts';

function exampleText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function exampleCases<C>(op: OperationSpec, ctx: GenerationContext<C>): Case[] {
  const credentials = ctx.profile.exampleCredentials(ctx);
  const query: Array<readonly [string, string]> = [...credentials.query];
  for (const p of op.parameters) {
    if (p.in === 'query' && !p.secret && p.example !== undefined) query.push([p.name, exampleText(p.example)]);
  }
  const base = {
    operationId: op.operationId,
    method: op.method,
    path: op.path,
    query,
    headers: { ...credentials.headers },
  };
  const label = (index: number) => ({ kind: 'positive' as const, example: String(index + 1) });
  const json = op.requestBody?.content['application/json'];
  if (!json) return [{ ...base, label: label(0), body: { kind: 'none' } }];
  const fields = ctx.profile.exampleBodyFields(op, ctx);
  return json.examples
    .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null && !Array.isArray(e))
    .map((example, i) => ({
      ...base,
      label: label(i),
      body: { kind: 'json', value: { ...example, ...fields }, mediaType: 'application/json' },
    }));
}
