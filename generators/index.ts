/** The public API of generators/ — the only file other modules import from. */
export { fromSchema } from './schema/fromSchema.ts';
export type { FromSchemaOptions, StringUnit } from './schema/fromSchemaOptions.ts';
export type { KeywordDefinition, SchemaBuildContext, SchemaObject } from './schema/keywordDefinition.ts';
export { defaultVocabulary } from './schema/defaultVocabulary.ts';
export { defaultFormats } from './schema/defaultFormats.ts';
export { mergeSchemas } from './schema/mergeSchemas.ts';

export type { GenerationContext } from './operation/generationContext.ts';
export { positiveCase, type PositiveCaseOptions } from './operation/positiveCase.ts';
export { credentialParameters, type CredentialParameters } from '../loginradius/generators/credentialParameters.ts';
export { oddlyCased } from './operation/oddlyCased.ts';
export { exampleCases } from './operation/exampleCases.ts';
export { verifiesOtp, otpVerifyingOperations } from '../loginradius/otp/verifiesOtp.ts';

export { negativeCase, applicableRules, type NegativeCaseOptions } from './negative/negativeCase.ts';
export { negativeRules, NEGATIVE_RULE_NAMES } from './negative/negativeRules.ts';
export type { NegativeRule, Mutation, RuleFamily } from './negative/negativeRule.ts';

export type { Variant } from '../loginradius/generators/variant.ts';
export { totpCode, totpStep, TOTP_DIGITS, TOTP_PERIOD_SECONDS } from '../loginradius/generators/totpCode.ts';
export { otpVariant, OTP_KINDS, type OtpKind, type OtpVariant, type OtpVariantOptions } from '../loginradius/generators/otpVariant.ts';
export { apiKeyVariant, unknownApiKey, API_KEY_KINDS, type ApiKeyKind, type ApiKeyVariant } from '../loginradius/generators/apiKeyVariant.ts';
export {
  accessTokenVariant, malformedToken, POSITIVE_TOKEN_KINDS, NEGATIVE_TOKEN_KINDS,
  type AccessTokenKind, type AccessTokenVariant, type TokenPlacement,
} from '../loginradius/generators/accessTokenVariant.ts';
export {
  lockoutFieldsVariant, LOCKOUT_KINDS, SCHEMA_VALID_LOCKOUT_KINDS, type LockoutKind, type LockoutFieldsVariant,
} from '../loginradius/generators/lockoutFieldsVariant.ts';
export { smsTemplate2fa, type SmsTemplate2faKind, type SmsTemplate2faVariant } from '../loginradius/generators/smsTemplate2fa.ts';
export { duoRedirectUri, type DuoRedirectUriKind, type DuoRedirectUriVariant } from '../loginradius/generators/duoRedirectUri.ts';
export { isVoiceOtp, falseSpellings, trueSpellings, notABoolean, type IsVoiceOtpKind, type IsVoiceOtpVariant } from '../loginradius/generators/isVoiceOtp.ts';
export { hostileString, HOSTILE_KINDS, type HostileKind, type HostileString } from '../loginradius/generators/hostileString.ts';

export { sampleCases, type SampleCasesOptions } from './sampleCases.ts';
export { OTP_VALUE_RULES } from './negative/otpValueRules.ts';
