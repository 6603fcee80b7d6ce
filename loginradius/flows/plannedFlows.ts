/**
 * The stateful flows a run may execute, by the title of their record, each with the reason it
 * cannot run under this configuration (the same conditions specs/flows.spec.ts skips on).
 */
import type { Config } from '../config/config.ts';
import { LOCKOUT_TYPES } from '../../mock/fixtures/fixtureTypes.ts';
import type { LockoutType } from './flowContext.ts';

export const STEP_UP_FLOW = 'step-up';
export const OTP_SINGLE_USE_FLOW = 'OTP single use';
export const lockoutFlowTitle = (type: LockoutType): string => `lockout ${type}`;

export interface PlannedFlow {
  readonly title: string;
  readonly unreachable?: string;
}

type FlowConfig = Pick<Config, 'target' | 'allowLockout' | 'lockoutBudget' | 'lockoutType'>;

/** Why the lockout flow of `type` cannot run here, if it cannot. */
export function lockoutFlowClosed(config: FlowConfig, type: LockoutType): string | undefined {
  if (config.target.kind === 'mock') return undefined; // the mock has one tenant per lockout type
  if (!config.allowLockout) return 'lockout flows off: LR_ALLOW_LOCKOUT=0';
  return type === config.lockoutType ? undefined : `the tenant's lockout type is ${config.lockoutType} (LR_LOCKOUT_TYPE)`;
}

/** Why the OTP single-use flow cannot run here, if it cannot. */
export function otpSingleUseClosed(config: FlowConfig): string | undefined {
  return config.target.kind === 'remote' && !config.allowLockout && config.lockoutBudget < 2
    ? 'OTP single-use flow off: it sends 2 refused OTPs and LR_LOCKOUT_BUDGET is below 2'
    : undefined;
}

const reachability = (reason: string | undefined) => (reason === undefined ? {} : { unreachable: reason });

export function plannedFlows(config: FlowConfig): PlannedFlow[] {
  return [
    { title: STEP_UP_FLOW },
    { title: OTP_SINGLE_USE_FLOW, ...reachability(otpSingleUseClosed(config)) },
    ...LOCKOUT_TYPES.map((type) => ({ title: lockoutFlowTitle(type), ...reachability(lockoutFlowClosed(config, type)) })),
  ];
}
