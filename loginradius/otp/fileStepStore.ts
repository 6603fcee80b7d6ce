/**
 * A UsedStepStore in a small JSON file, keyed by a hash of the TOTP secret (never the secret):
 * shared by every worker process of a run and by back-to-back runs using the same reports folder.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { UsedStepStore } from './freshOtpSource.ts';

export function fileStepStore(path: string, totpSecret: string): UsedStepStore {
  const key = createHash('sha256').update(totpSecret).digest('hex').slice(0, 16);
  const readAll = (): Record<string, number> => {
    try {
      const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
      return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, number>) : {};
    } catch {
      return {}; // missing or unreadable: nothing known yet
    }
  };
  return {
    read: () => {
      const step = readAll()[key];
      return typeof step === 'number' && Number.isFinite(step) ? step : undefined;
    },
    write: (step) => {
      const all = readAll();
      if ((all[key] ?? Number.NEGATIVE_INFINITY) >= step) return;
      all[key] = step;
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, JSON.stringify(all));
    },
  };
}
