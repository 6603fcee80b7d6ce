/**
 * LR_EXPECTED_STATUS: statuses a positive case may get, per operation, overriding "any 2xx" for
 * `positive_data_acceptance`, e.g. `mfaReAuthenticate=200;mfaUpdateSetting=200,202`.
 */
import type { OperationId } from '../../engine/contract/types.ts';
import { operationIds } from '../contract/operationIds.ts';
import { closestName } from './closestName.ts';
import type { EnvParser } from './envParser.ts';

const NAME = 'LR_EXPECTED_STATUS';
const FIX = `write <operationId>=<status>[,<status>...] separated by ";", e.g. ${NAME}=mfaReAuthenticate=200;mfaUpdateSetting=200,202`;

export function parseExpectedStatus(env: EnvParser): Partial<Record<OperationId, readonly number[]>> {
  const raw = env.raw(NAME);
  if (raw === undefined) return {};
  const result: Partial<Record<OperationId, readonly number[]>> = {};
  for (const entry of raw
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [op = '', statuses = ''] = entry.split('=').map((s) => s.trim());
    if (!(operationIds() as readonly string[]).includes(op)) {
      const near = closestName(op, operationIds());
      env.report(NAME, `operation ${JSON.stringify(op)} is unknown`, `${near ? `did you mean ${near}? ` : ''}${FIX}`);
      continue;
    }
    const codes = statuses.split(',').map((s) => s.trim());
    if (codes.length === 0 || codes.some((c) => !/^[1-5]\d\d$/.test(c))) {
      env.report(NAME, `${JSON.stringify(statuses)} for ${op} is not a list of HTTP statuses`, FIX);
      continue;
    }
    result[op as OperationId] = codes.map(Number);
  }
  return result;
}
