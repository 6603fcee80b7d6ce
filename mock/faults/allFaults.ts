/** Every fault the mock can inject: the transport faults of faults.ts and the hostile-host ones. */
import { FAULT_MODES, type FaultId, type FaultMode } from './faults.ts';
import { HOSTILE_FAULT_MODES, type HostileFaultId } from './hostileFaults.ts';

export type AnyFaultId = FaultId | HostileFaultId;
export const ALL_FAULT_MODES: readonly FaultMode[] = [...FAULT_MODES, ...HOSTILE_FAULT_MODES];
export const ALL_FAULT_IDS = ALL_FAULT_MODES.map((f) => f.id) as readonly AnyFaultId[];

export function anyFaultMode(id: AnyFaultId): FaultMode {
  return ALL_FAULT_MODES.find((f) => f.id === id)!;
}
