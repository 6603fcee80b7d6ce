/**
 * The exit threshold: `breaking` fails on ERR changes, `warn` on ERR or WARN.
 */
import type { Level, SpecDiffResult } from './SpecChange.ts';

export type FailOn = 'breaking' | 'warn';

export const FAIL_ON_VALUES: readonly FailOn[] = ['breaking', 'warn'];

export function levelFails(level: Level, failOn: FailOn): boolean {
  return level === 'ERR' || (failOn === 'warn' && level === 'WARN');
}

export function failsOn(result: SpecDiffResult, failOn: FailOn): boolean {
  return result.changes.some((c) => levelFails(c.level, failOn));
}
