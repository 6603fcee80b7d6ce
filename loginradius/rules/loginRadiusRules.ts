/**
 * Every negative rule of a LoginRadius run, in the order cases draw from them: the generic schema
 * and HTTP rules, the pack's duplicate-parameter rule, the size rule, then the vendor's API-key,
 * token, one-time-code and `isvoiceotp` rules. The vendor's answers are written on each rule.
 */
import { emptyBody } from '../../generators/negative/rules/emptyBody.ts';
import { malformedJson } from '../../generators/negative/rules/malformedJson.ts';
import { missingRequiredBodyField } from '../../generators/negative/rules/missingRequiredBodyField.ts';
import { missingRequiredParameter } from '../../generators/negative/rules/missingRequiredParameter.ts';
import { outOfRange } from '../../generators/negative/rules/outOfRange.ts';
import { oversizedValue } from '../../generators/negative/rules/oversizedValue.ts';
import { unknownProperty } from '../../generators/negative/rules/unknownProperty.ts';
import { wrongContentType } from '../../generators/negative/rules/wrongContentType.ts';
import { wrongFormat } from '../../generators/negative/rules/wrongFormat.ts';
import { wrongType } from '../../generators/negative/rules/wrongType.ts';
import { apikeyInHeader, emptyApikey, missingApikey, unauthorisedApikey, whitespaceApikey, wrongApikey } from './apiKeyRules.ts';
import { duplicateParameter } from './duplicateParameter.ts';
import { invalidIsvoiceotp } from './invalidIsvoiceotp.ts';
import type { LoginRadiusRule } from './loginRadiusRule.ts';
import { staleOtp, wrongOtp } from './otpRules.ts';
import { expiredToken, malformedTokenRule, missingToken, revokedToken, wrongAuthScheme } from './tokenRules.ts';

export const loginRadiusRules: readonly LoginRadiusRule[] = [
  { ...missingRequiredParameter, expected: '400 / 908' },
  { ...missingRequiredBodyField, expected: '400 / 908' },
  { ...wrongType, expected: '403 / 1134 (property), 400 / 1079 (body not an object)' },
  { ...outOfRange, expected: '400 / 908 (empty otp)' },
  { ...wrongFormat, expected: '403 / 901 (apikey), 403 / 905 (access_token)' },
  unknownProperty,
  { ...wrongContentType, expected: '400 / 1083' },
  { ...malformedJson, expected: '400 / 1079' },
  { ...emptyBody, expected: '400 / 1079 or 908' },
  duplicateParameter,
  // Its only target is the required `otp`: a 16-90 KB run of digits is verified as a wrong code.
  { ...oversizedValue, expected: '403 / 1067 (otp)', sendsWrongOtp: true },
  missingApikey,
  emptyApikey,
  whitespaceApikey,
  wrongApikey,
  unauthorisedApikey,
  apikeyInHeader,
  missingToken,
  malformedTokenRule,
  expiredToken,
  revokedToken,
  wrongAuthScheme,
  wrongOtp,
  staleOtp,
  invalidIsvoiceotp,
];
