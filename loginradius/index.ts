/** The public API of the LoginRadius pack for the suite, the CLI and the bench. */
export { loginRadiusProfile } from './profile.ts';
export { loginRadiusChecks, CHECK_NAMES } from './checks/loginRadiusChecks.ts';
export { loginRadiusRules } from './rules/loginRadiusRules.ts';
export type { LoginRadiusGenerationContext, LoginRadiusRule } from './rules/loginRadiusRule.ts';
export { loginRadiusGeneration, loginRadiusGenerationContext } from './generators/loginRadiusGeneration.ts';
export { operationIds } from './contract/operationIds.ts';
export { DEFAULT_CONTRACT_PATH } from './contract/defaultContractPath.ts';
export { verifiesOtp, otpVerifyingOperations } from './otp/verifiesOtp.ts';
export { LOGINRADIUS_SECRET_KEYS } from './credentials/secretKeys.ts';
export type { TargetCredentials } from './credentials/credentials.ts';

export type { Variant } from './generators/variant.ts';
export { totpCode, totpStep, TOTP_DIGITS, TOTP_PERIOD_SECONDS } from './otp/totpCode.ts';
export { otpVariant, OTP_KINDS, type OtpKind, type OtpVariant, type OtpVariantOptions } from './generators/otpVariant.ts';
export { apiKeyVariant, unknownApiKey, API_KEY_KINDS, type ApiKeyKind, type ApiKeyVariant } from './generators/apiKeyVariant.ts';
export {
  accessTokenVariant,
  malformedToken,
  POSITIVE_TOKEN_KINDS,
  NEGATIVE_TOKEN_KINDS,
  type AccessTokenKind,
  type AccessTokenVariant,
  type TokenPlacement,
} from './generators/accessTokenVariant.ts';
export {
  lockoutFieldsVariant,
  LOCKOUT_KINDS,
  SCHEMA_VALID_LOCKOUT_KINDS,
  type LockoutKind,
  type LockoutFieldsVariant,
} from './generators/lockoutFieldsVariant.ts';
export { smsTemplate2fa, type SmsTemplate2faKind, type SmsTemplate2faVariant } from './generators/smsTemplate2fa.ts';
export { duoRedirectUri, type DuoRedirectUriKind, type DuoRedirectUriVariant } from './generators/duoRedirectUri.ts';
export {
  isVoiceOtp,
  falseSpellings,
  trueSpellings,
  notABoolean,
  type IsVoiceOtpKind,
  type IsVoiceOtpVariant,
} from './generators/isVoiceOtp.ts';
export { hostileString, HOSTILE_KINDS, type HostileKind, type HostileString } from './generators/hostileString.ts';
export { credentialParameters, type CredentialParameters } from './generators/credentialParameters.ts';
export { loginRadiusCheckContext } from './checks/loginRadiusCheckContext.ts';
export { loginRadiusRedactor } from './credentials/loginRadiusRedactor.ts';
export { statefulRejections } from './checks/statefulRejections.ts';
