/**
 * LR_REPLAY: "<phase>:<operationId>:<seed>:<path>", the line a report prints for each failure.
 * fast-check paths contain colons themselves ("3:0:1"), so everything after the third colon is the path.
 */
import type { OperationId } from '../../engine/contract/types.ts';
import { operationIds } from '../contract/operationIds.ts';
import type { Phase } from '../../engine/events/contractRecord.ts';
import { closestName } from './closestName.ts';
import type { EnvParser } from './envParser.ts';

const PHASES = ['coverage', 'examples', 'positive', 'negative', 'stateful', 'drift'] as const satisfies readonly Phase[];

export interface ReplayRequest {
  readonly phase: Phase;
  readonly operationId: OperationId;
  readonly seed: number;
  /** fast-check counterexample path; '' replays the seed's first failing run without a path. */
  readonly path: string;
}

const NAME = 'LR_REPLAY';
const FIX = `copy the replay value from the report, e.g. ${NAME}=negative:mfaUpdateSetting:42:3:0:1`;

export function parseReplay(env: EnvParser): ReplayRequest | undefined {
  const raw = env.raw(NAME);
  if (raw === undefined) return undefined;
  const [phase = '', operationId = '', seedText = '', ...rest] = raw.split(':');
  const path = rest.join(':');
  let ok = true;
  const fail = (problem: string, fix = FIX): void => {
    ok = false;
    env.report(NAME, problem, fix);
  };
  if (!(PHASES as readonly string[]).includes(phase)) {
    const near = closestName(phase, PHASES);
    fail(`phase ${JSON.stringify(phase)} is not one of ${PHASES.join(', ')}`, `${near ? `did you mean ${near}? ` : ''}${FIX}`);
  }
  if (!(operationIds() as readonly string[]).includes(operationId)) {
    const near = closestName(operationId, operationIds());
    fail(`operationId ${JSON.stringify(operationId)} is unknown`, `${near ? `did you mean ${near}? ` : ''}${FIX}`);
  }
  const seed = Number(seedText);
  if (!/^-?\d+$/.test(seedText) || !Number.isSafeInteger(seed)) fail(`seed ${JSON.stringify(seedText)} is not a whole number`);
  if (path !== '' && !/^\d+(:\d+)*$/.test(path))
    fail(`path ${JSON.stringify(path)} is not a fast-check path (numbers separated by colons)`);
  if (!ok) return undefined;
  return Object.freeze({ phase: phase as Phase, operationId: operationId as OperationId, seed, path });
}
