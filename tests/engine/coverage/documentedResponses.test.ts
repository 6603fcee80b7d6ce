import { test, expect } from '@playwright/test';
import { documentedResponses } from '../../../engine/coverage/documentedResponses.ts';
import { loadContract } from '../../../engine/contract/loadContract.ts';
import { DEFAULT_CONTRACT_PATH } from '../../../loginradius/contract/defaultContractPath.ts';

test('one entry per status without codes, one per documented code otherwise, every operation', () => {
  const contract = loadContract(DEFAULT_CONTRACT_PATH);
  const all = documentedResponses(contract);
  const of = (op: string, status: string) => all.filter((r) => r.operationId === op && r.status === status);
  expect(of('mfaReAuthenticate', '200')).toEqual([{ operationId: 'mfaReAuthenticate', status: '200' }]);
  expect(of('mfaReAuthenticate', '400').map((r) => r.errorCode)).toEqual([908, 1060]);
  const codes = [...contract.operations.values()].flatMap((op) => Object.values(op.responses).map((r) => Math.max(1, r.errorCodes.length)));
  expect(all.length).toBe(codes.reduce((a, b) => a + b, 0));
});
