/**
 * How LoginRadius requests are made beyond their schemas: the API key in the `apikey` query
 * parameter, the access token as a `Bearer` header (any scheme case), the `access_token` query
 * or both; the current TOTP code as `otp` with schema-valid lockout fields the vendor ignores on
 * an unlocked account; booleans in any letter case, `isvoiceotp` only ever false or empty (`true`
 * asks for a voice call, which a tenant without voice OTP refuses with 403/1281).
 */
import * as fc from 'fast-check';
import type { GenerationProfile } from '../../generators/operation/generationProfile.ts';
import type { GenerationContext } from '../../generators/operation/generationContext.ts';
import type { Contract } from '../../engine/contract/types.ts';
import type { TargetCredentials } from '../credentials/credentials.ts';
import { totpCode } from '../otp/totpCode.ts';
import { verifiesOtp } from '../otp/verifiesOtp.ts';
import { loginRadiusRules } from '../rules/loginRadiusRules.ts';
import { accessTokenVariant, POSITIVE_TOKEN_KINDS } from './accessTokenVariant.ts';
import { credentialParameters } from './credentialParameters.ts';
import { falseSpellings, trueSpellings } from './isVoiceOtp.ts';
import { lockoutFieldsVariant, SCHEMA_VALID_LOCKOUT_KINDS } from './lockoutFieldsVariant.ts';

const loginRadiusGeneration: GenerationProfile<TargetCredentials> = {
  negativeRules: loginRadiusRules,
  caseInsensitiveNames: true,
  credentialParameters: (contract) => {
    const names = credentialParameters(contract);
    return [names.apiKey, names.accessToken];
  },
  headerOverriding: (name, contract) =>
    name.toLowerCase() === credentialParameters(contract).accessToken.toLowerCase() ? 'Authorization' : undefined,
  positiveCredentials: (ctx, named) => {
    const names = credentialParameters(ctx.contract);
    // A tuple, not a record: a nested fc.record draws differently, and the same seed must keep
    // sending the same cases.
    return fc
      .tuple(
        named(names.apiKey),
        named(names.accessToken),
        fc.constantFrom('Authorization', 'authorization'),
        accessTokenVariant(ctx.credentials, { kinds: POSITIVE_TOKEN_KINDS }),
      )
      .map(([apiKeyName, tokenName, authHeaderName, token]) => ({
        query: [
          [apiKeyName, ctx.credentials.apiKey] as const,
          ...(token.value.query === undefined ? [] : [[tokenName, token.value.query] as const]),
        ],
        headers: token.value.authorization === undefined ? {} : { [authHeaderName]: token.value.authorization },
      }));
  },
  exampleCredentials: (ctx) => ({
    query: [[credentialParameters(ctx.contract).apiKey, ctx.credentials.apiKey]],
    headers: { Authorization: `Bearer ${ctx.credentials.accessToken}` },
  }),
  positiveParameterValue: (param, schema) => {
    if (typeof schema !== 'object' || schema.type !== 'boolean') return undefined;
    if (param.name.toLowerCase() !== 'isvoiceotp') return fc.oneof(falseSpellings, trueSpellings);
    return param.allowEmptyValue === true ? fc.oneof(falseSpellings, fc.constant('')) : falseSpellings;
  },
  // The vendor reads a number as the code's text (D24): a numeric `otp` is no type error.
  coercedBodyTypes: { otp: ['number', 'integer'] },
  reservedBodyKeys: ['access_token', 'apikey'],
  positiveBodyFields: (op, ctx) => {
    const otp = fc.constant(null).map(() => totpCode(ctx.credentials.totpSecret, ctx.clock()));
    const lockout = lockoutFieldsVariant(ctx.credentials, { kinds: SCHEMA_VALID_LOCKOUT_KINDS });
    return fc.tuple(lockout, otp).map(([l, code]) => (verifiesOtp(op, ctx.contract) ? { ...l.value, otp: code } : { ...l.value }));
  },
  exampleBodyFields: (op, ctx) => (verifiesOtp(op, ctx.contract) ? { otp: totpCode(ctx.credentials.totpSecret, ctx.clock()) } : {}),
};

/** The generation context of one LoginRadius test account. */
export function loginRadiusGenerationContext(
  contract: Contract,
  credentials: TargetCredentials,
  clock: () => number,
): GenerationContext<TargetCredentials> {
  return { contract, credentials, clock, profile: loginRadiusGeneration };
}
