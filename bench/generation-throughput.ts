/**
 * Generation throughput of the largest operation's positive and negative arbitraries, on one core
 * (this process). Target: >= 20,000 cases/s each. Run: `npx tsx bench/generation-throughput.ts`
 * (~10 s: a short warm-up, then ~3.5 s per arbitrary). Uses the real contract and the mock fixture's
 * credentials with a fixed clock; prints numbers only (never a case: cases carry secrets).
 */
import * as fc from 'fast-check';
import { loadContract } from '../engine/contract/loadContract.ts';
import { DEFAULT_CONTRACT_PATH } from '../loginradius/contract/defaultContractPath.ts';
import { loadMockCredentials } from '../loginradius/config/mockCredentials.ts';
import { DEFAULT_FIXTURE_PATH } from '../mock/fixtures/loadFixture.ts';
import { negativeCase, positiveCase } from '../generators/index.ts';
import type { Case } from '../engine/case/case.ts';
import { loginRadiusGenerationContext } from '../loginradius/index.ts';

const TARGET = 20_000;
const contract = loadContract(DEFAULT_CONTRACT_PATH);
const credentials = loadMockCredentials(DEFAULT_FIXTURE_PATH, 'Suspend').credentials.negative;
const ctx = loginRadiusGenerationContext(contract, credentials, () => Date.UTC(2026, 10, 25, 16, 0, 10));

// "Largest": the operation with the most query parameters plus a request body.
const largest = [...contract.operations.values()]
  .map((op) => ({ op, weight: op.parameters.length + (op.requestBody ? 10 : 0) }))
  .sort((a, b) => b.weight - a.weight)[0]!.op;

/** Draws cases in batches of 2,000 (fc.sample, the generation path fc.assert uses) for `ms` milliseconds. */
function casesPerSecond(arb: fc.Arbitrary<Case>, ms: number, seed: number): { rate: number; count: number } {
  let count = 0;
  let elapsed = 0;
  const start = performance.now();
  while (elapsed < ms) {
    fc.sample(arb, { seed: seed + count, numRuns: 2_000 });
    count += 2_000;
    elapsed = performance.now() - start;
  }
  return { rate: count / (elapsed / 1000), count };
}

const positive = positiveCase(largest, ctx);
const negative = negativeCase(largest, ctx);
casesPerSecond(positive, 500, 1);
casesPerSecond(negative, 500, 2);
const results = {
  positive: casesPerSecond(positive, 3_500, 3),
  negative: casesPerSecond(negative, 3_500, 4),
};
console.log(`generation throughput, ${largest.operationId} (${largest.method} ${largest.path}), one core, node ${process.version}`);
for (const [name, r] of Object.entries(results))
  console.log(
    `  ${name.padEnd(8)} ${Math.round(r.rate).toLocaleString('en-US').padStart(8)} cases/s  (${r.count} cases)  ${r.rate >= TARGET ? 'OK' : `below the ${TARGET.toLocaleString('en-US')}/s target`}`,
  );
