import { test, expect } from '@playwright/test';
import { requestClassOf } from '../../../loginradius/baseline/requestClassOf.ts';
import { loadContract } from '../../../engine/contract/loadContract.ts';
import { DEFAULT_CONTRACT_PATH } from '../../../loginradius/contract/defaultContractPath.ts';
import { aCase, envelopeOf, respond } from '../../engine/checks/fixtures.ts';

const classOf = requestClassOf(loadContract(DEFAULT_CONTRACT_PATH));
const update = (query: Array<[string, string]>) => aCase({ operationId: 'mfaUpdateSetting', method: 'PUT', query });

test('a profile answer is full without a projection, projected with any non-blank fields value (any casing)', () => {
  expect(classOf(respond(update([]), 200, {}))).toBe('full');
  expect(classOf(respond(update([['fields', '  ']]), 200, {}))).toBe('full');
  expect(classOf(respond(update([['fields', 'Uid,Email']]), 200, {}))).toBe('projected');
  expect(classOf(respond(update([['Fields', '*']]), 200, {}))).toBe('projected');
});

test("a negative case's error answer is classed by the rule it breaks; other errors and unprojected operations have one class", () => {
  const broken = (rule: string) => ({ ...update([]), label: { kind: 'negative' as const, rule, detail: 'd' } });
  expect(classOf(respond(broken('wrong-otp'), 403, envelopeOf(1067)))).toBe('rule:wrong-otp');
  expect(classOf(respond(broken('wrong-type'), 400, envelopeOf(908)))).toBe('rule:wrong-type');
  // A negative case the vendor accepted is a success: classed as successes are.
  expect(classOf(respond(broken('wrong-type'), 200, {}))).toBe('full');
  expect(classOf(respond(update([['fields', 'Uid']]), 403, envelopeOf(1067)))).toBe('any');
  expect(classOf(respond(aCase({ query: [['fields', 'Uid']] }), 200, {}))).toBe('any');
});
