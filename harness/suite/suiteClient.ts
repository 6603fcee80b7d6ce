/** The workers' side of `suiteServer`: a test's outcome from the CLI's process, over loopback. */
import { request } from 'node:http';
import type { SuiteManifest, SuiteSession } from './suiteSession.ts';
import type { SuiteOutcome } from './suiteTest.ts';

function get(url: string, token: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { authorization: `Bearer ${token}` } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

export function suiteClient(manifest: SuiteManifest): SuiteSession {
  return {
    async outcome(title) {
      const url = `${manifest.url}/outcome?title=${encodeURIComponent(title)}`;
      let answer: { status: number; body: string };
      try {
        answer = await get(url, manifest.token);
      } catch (error) {
        throw new Error(`the run's engine (npm run contract) did not answer for "${title}": ${(error as Error).message}`);
      }
      const body = JSON.parse(answer.body) as SuiteOutcome | { error: string };
      if (answer.status !== 200) throw new Error(`"${title}" failed in the run's engine: ${(body as { error: string }).error}`);
      return body as SuiteOutcome;
    },
    timeoutMs: (title) => manifest.timeoutsMs[title] ?? 300_000,
    close: async () => undefined,
  };
}
