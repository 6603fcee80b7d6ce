/**
 * Which fault is on and for which operations: validated once (errors name the caller, the bad value
 * and the valid ones), then consulted per request with one Set lookup.
 */
import { MOCK_OPERATION_IDS } from '../http/mockTypes.ts';
import { DEFAULT_FAULT_OPERATIONS } from './faults.ts';
import { ALL_FAULT_IDS as FAULT_IDS, anyFaultMode as faultMode } from './allFaults.ts';
import type { MockOperationId } from '../http/mockTypes.ts';
import type { FaultMode } from './faults.ts';
import type { AnyFaultId as FaultId } from './allFaults.ts';

/** A fault and the operations it hits. @defaultValue operations: ['mfaReAuthenticate'] */
export interface FaultSetting {
  readonly fault: FaultId;
  readonly operations?: readonly MockOperationId[];
}

export interface ActiveFault {
  readonly fault: FaultId;
  readonly operations: readonly MockOperationId[];
  readonly mode: FaultMode;
}

/** Accepts a fault id, a {fault, operations?} object or null/undefined (off); throws on anything else. */
export function resolveFault(input: unknown, caller: string): ActiveFault | null {
  if (input === null || input === undefined || input === '') return null;
  const setting = typeof input === 'string' ? { fault: input } : input;
  if (typeof setting !== 'object' || Array.isArray(setting))
    throw new Error(`${caller}: fault must be a fault id or {"fault": "<id>", "operations": [...]}; valid ids: ${FAULT_IDS.join(', ')}`);
  const { fault, operations } = setting as { fault?: unknown; operations?: unknown };
  if (fault === null || fault === undefined || fault === '') return null;
  if (typeof fault !== 'string' || !(FAULT_IDS as readonly string[]).includes(fault))
    throw new Error(`${caller}: unknown fault ${JSON.stringify(fault)}; valid ids: ${FAULT_IDS.join(', ')} (null turns faults off)`);
  const ops = operations ?? DEFAULT_FAULT_OPERATIONS;
  if (!Array.isArray(ops) || ops.length === 0 || !ops.every((o) => (MOCK_OPERATION_IDS as readonly unknown[]).includes(o)))
    throw new Error(
      `${caller}: operations must be a non-empty array of ${MOCK_OPERATION_IDS.join(', ')} (leave it out for ${DEFAULT_FAULT_OPERATIONS.join(', ')})`,
    );
  const id = fault as FaultId;
  return { fault: id, operations: [...new Set(ops as MockOperationId[])], mode: faultMode(id) };
}

/** The fault to apply to a request of `operationId`, if any. */
export function faultFor(active: ActiveFault | null, operationId: MockOperationId): FaultMode | undefined {
  return active?.operations.includes(operationId) ? active.mode : undefined;
}
