/** The public API of the LoginRadius pack for the suite, the CLI and the bench. */

export { loginRadiusChecks } from './checks/loginRadiusChecks.ts';
export { loginRadiusRules } from './rules/loginRadiusRules.ts';
export type { LoginRadiusGenerationContext } from './rules/loginRadiusRule.ts';
export { loginRadiusGenerationContext } from './generators/loginRadiusGeneration.ts';

export { DEFAULT_CONTRACT_PATH } from './contract/defaultContractPath.ts';
export { verifiesOtp, otpVerifyingOperations } from './otp/verifiesOtp.ts';

export { totpCode } from './otp/totpCode.ts';
export { otpVariant, OTP_KINDS } from './generators/otpVariant.ts';
export { apiKeyVariant, API_KEY_KINDS } from './generators/apiKeyVariant.ts';
export { accessTokenVariant, POSITIVE_TOKEN_KINDS, NEGATIVE_TOKEN_KINDS } from './generators/accessTokenVariant.ts';
export { lockoutFieldsVariant, LOCKOUT_KINDS } from './generators/lockoutFieldsVariant.ts';
export { smsTemplate2fa } from './generators/smsTemplate2fa.ts';
export { duoRedirectUri } from './generators/duoRedirectUri.ts';
export { isVoiceOtp } from './generators/isVoiceOtp.ts';
export { hostileString, HOSTILE_KINDS } from './generators/hostileString.ts';

export { loginRadiusCheckContext } from './checks/loginRadiusCheckContext.ts';
export { loginRadiusRedactor } from './credentials/loginRadiusRedactor.ts';
