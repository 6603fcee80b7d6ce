/** `isvoiceotp` set to a non-empty value that is no boolean in any letter case (→ 400 908). */
import type { LoginRadiusRule } from './loginRadiusRule.ts';
import { notABoolean } from '../generators/isVoiceOtp.ts';
import { withQuery } from '../../generators/operation/caseEdits.ts';
import type { OperationSpec } from '../../engine/contract/types.ts';

const param = (op: OperationSpec) => op.parameters.find((p) => p.in === 'query' && p.name.toLowerCase() === 'isvoiceotp');

export const invalidIsvoiceotp: LoginRadiusRule = {
  name: 'invalid-isvoiceotp',
  family: 'domain',
  expected: '400 / 908',
  applies: (op) => param(op) !== undefined,
  mutation: (op) =>
    notABoolean.map((value) => ({
      detail: `isvoiceotp is "${value}"`,
      apply: (c) => withQuery(c, param(op)!.name, value),
    })),
};
