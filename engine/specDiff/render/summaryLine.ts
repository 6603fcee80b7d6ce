/** `2 breaking (ERR), 1 possibly breaking (WARN), 0 safe (INFO)`. */
import type { Level } from '../SpecChange.ts';

export function summaryLine(counts: Readonly<Record<Level, number>>): string {
  return `${counts.ERR} breaking (ERR), ${counts.WARN} possibly breaking (WARN), ${counts.INFO} safe (INFO)`;
}
