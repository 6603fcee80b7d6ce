import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { positiveCase, negativeCase, applicableRules, exampleCases } from '../generators/index.ts';
import { loadContract } from '../core/contract/loadContract.ts';
import { loadConfig } from '../core/config/loadConfig.ts';
const contract = loadContract();
const config = loadConfig({ env: { LR_SEED: '42' } } as any);
const out: Record<string, string> = {};
for (const id of ['mfaReAuthenticate', 'mfaUpdateSetting', 'mfaReAuthenticateByOTP']) {
  const op = contract.operation(id as any);
  for (const role of ['positive', 'negative'] as const) {
    const ctx = { contract, credentials: config.credentials[role], clock: () => 1_700_000_000_000 };
    const arb = role === 'positive' ? positiveCase(op, ctx) : negativeCase(op, ctx, { rules: applicableRules(op, ctx).map((r) => r.name) });
    const cases = fc.sample(arb, { seed: 42, numRuns: 100 });
    out[`${role} ${id}`] = createHash('sha256').update(JSON.stringify(cases)).digest('hex').slice(0, 16);
    if (role === 'negative') out[`rules ${id}`] = applicableRules(op, ctx).map((r) => r.name).join(',');
  }
  out[`examples ${id}`] = createHash('sha256').update(JSON.stringify(exampleCases(op, { contract, credentials: config.credentials.positive, clock: () => 1_700_000_000_000 }))).digest('hex').slice(0, 16);
}
console.log(JSON.stringify(out, null, 1));
