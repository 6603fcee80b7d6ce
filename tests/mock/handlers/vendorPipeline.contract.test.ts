/**
 * The mock's answers validate against the team's contract (openapi/loginradius-mfa.yaml through
 * core/validation): every 200 body and every error the pipeline can produce, and each error's
 * ErrorCode is listed in that status's x-error-codes. The mock itself never imports core/.
 */
import { test, expect } from '@playwright/test';
import { loadContract } from '../../../engine/contract/loadContract.ts';
import { DEFAULT_CONTRACT_PATH } from '../../../loginradius/contract/defaultContractPath.ts';
import { contractValidator } from '../../../engine/validation/contractValidator.ts';
import { mockPerFile, T0 } from '../helpers/mockHarness.ts';
import type { Harness, Op, Reply } from '../helpers/mockHarness.ts';

const h = mockPerFile();

const lockAndCall = async (
  x: Harness,
  tenant: 'suspend' | 'captcha' | 'securityquestion' | 'block',
  op: Op,
  body: Record<string, unknown>,
) => {
  for (let i = 0; i < 5; i += 1) await x.call('mfaReAuthenticateByOTP', { tenant, role: 'flow', body: { otp: '000000' } });
  return x.call(op, { tenant, role: 'flow', body });
};

type Scenario = [name: string, expectedCode: number | null, send: (x: Harness, op: Op) => Promise<Reply>];
const COMMON: Scenario[] = [
  ['apikey missing', 908, (x, op) => x.call(op, { query: '', body: { otp: '1' } })],
  ['apikey unknown', 901, (x, op) => x.call(op, { query: 'apikey=nope', body: { otp: '1' } })],
  ['token missing', 1060, (x, op) => x.call(op, { auth: null, body: { otp: '1' } })],
  ['token invalid', 905, (x, op) => x.call(op, { auth: 'Bearer x', body: { otp: '1' } })],
  ['token expired', 906, (x, op) => x.call(op, { auth: `Bearer ${x.user().accessTokens.expired}`, body: { otp: '1' } })],
  ['suspended', 1198, (x, op) => lockAndCall(x, 'suspend', op, { otp: '000000' })],
  ['captcha lock', 1132, (x, op) => lockAndCall(x, 'captcha', op, { otp: '000000' })],
  ['security question lock', 1148, (x, op) => lockAndCall(x, 'securityquestion', op, { otp: '000000' })],
  ['blocked', 991, (x, op) => lockAndCall(x, 'block', op, { otp: '000000' })],
];
const GET_ONLY: Scenario[] = [
  ['200 settings', null, (x, op) => x.call(op)],
  ['isvoiceotp not boolean', 908, (x, op) => x.call(op, { extraQuery: 'isvoiceotp=maybe' })],
  ['voice not configured', 1281, (x, op) => x.call(op, { extraQuery: 'isvoiceotp=true' })],
];
const PUT_ONLY: Scenario[] = [
  ['200', null, (x, op) => x.call(op, { body: { otp: x.otp(x.user()) } })],
  // The contract requires Uid and ID on Identity, so the projection keeps them (see the report: a
  // projection without them is vendor-faithful but fails that `required`).
  [
    '200 with fields',
    null,
    (x, op) => x.call(op, { extraQuery: 'fields=ID,Uid,Email(Value),Country/Code', body: { otp: x.otp(x.user()) } }),
  ],
  ['bad content type', 1083, (x, op) => x.call(op, { headers: { 'content-type': 'text/plain' }, body: { otp: '1' } })],
  ['bad JSON', 1079, (x, op) => x.call(op, { rawBody: '{' })],
  ['otp missing', 908, (x, op) => x.call(op, { body: {} })],
  ['wrong types', 1134, (x, op) => x.call(op, { body: { otp: true, securityanswer: 3 } })],
  ['wrong otp', 1067, (x, op) => x.call(op, { body: { otp: '000000' } })],
  [
    'reused otp',
    1068,
    async (x, op) => {
      await x.call(op, { body: { otp: x.otp(x.user()) } });
      return x.call(op, { body: { otp: x.otp(x.user()) } });
    },
  ],
  ['old otp', 1069, (x, op) => x.call(op, { body: { otp: x.otp(x.user(), T0 - 120_000) } })],
  ['bad recaptcha', 982, (x, op) => lockAndCall(x, 'captcha', op, { otp: '1', 'g-recaptcha-response': 'bad' })],
  ['bad qq pair', 1218, (x, op) => lockAndCall(x, 'captcha', op, { otp: '1', qq_captcha_ticket: 'bad' })],
  [
    'wrong answer',
    1093,
    (x, op) =>
      lockAndCall(x, 'securityquestion', op, {
        otp: '1',
        securityanswer: { [x.user('securityquestion', 'flow').securityQuestions[0]!.questionId]: 'no' },
      }),
  ],
  ['unknown question', 1094, (x, op) => lockAndCall(x, 'securityquestion', op, { otp: '1', securityanswer: { abc: 'no' } })],
];

test.describe('vendorPipeline answers validate against the contract', () => {
  const contract = loadContract(DEFAULT_CONTRACT_PATH);
  const validator = contractValidator(contract);

  for (const op of ['mfaReAuthenticate', 'mfaUpdateSetting', 'mfaReAuthenticateByOTP'] as const) {
    test(`${op}: every reachable answer is documented and schema-valid`, async () => {
      const scenarios = [...COMMON, ...(op === 'mfaReAuthenticate' ? GET_ONLY : PUT_ONLY)];
      const problems: string[] = [];
      for (const [name, code, send] of scenarios) {
        h.mock.reset();
        h.time.now = T0;
        const r = await send(h, op);
        const result = validator.validate(op, r.status, r.headers.get('content-type') ?? undefined, r.json);
        if (!result.ok) problems.push(`${name} (${r.status}): ${result.summary}`);
        if (code !== null) {
          const documented = contract.operation(op).responses[String(r.status)]?.errorCodes ?? [];
          if (r.json?.ErrorCode !== code) problems.push(`${name}: expected ErrorCode ${code}, got ${r.status}/${r.json?.ErrorCode}`);
          else if (!documented.includes(code))
            problems.push(`${name}: ErrorCode ${code} not in x-error-codes of ${r.status} (${documented.join(',')})`);
        } else if (r.status !== 200) problems.push(`${name}: expected 200, got ${r.status}`);
      }
      expect(problems).toEqual([]);
    });
  }

  test('429 from the rate limiter validates too', async () => {
    h.mock.reset({ rateLimitRps: 1 });
    await h.call('mfaReAuthenticate');
    const r = await h.call('mfaReAuthenticate');
    expect(r.status).toBe(429);
    const result = validator.validate('mfaReAuthenticate', 429, r.headers.get('content-type') ?? undefined, r.json);
    expect(result.ok ? 'ok' : result.summary).toBe('ok');
  });
});
