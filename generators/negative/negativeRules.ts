/**
 * The ordered list of negative rules: schema-level first, then HTTP-message rules, then the
 * vendor's domain rules. The rule's name is its id (labels, options, reports).
 */
import type { NegativeRule } from './negativeRule.ts';
import { missingRequiredParameter } from './rules/missingRequiredParameter.ts';
import { missingRequiredBodyField } from './rules/missingRequiredBodyField.ts';
import { wrongType } from './rules/wrongType.ts';
import { outOfRange } from './rules/outOfRange.ts';
import { wrongFormat } from './rules/wrongFormat.ts';
import { unknownProperty } from './rules/unknownProperty.ts';
import { wrongContentType } from './rules/wrongContentType.ts';
import { malformedJson } from './rules/malformedJson.ts';
import { emptyBody } from './rules/emptyBody.ts';
import { duplicateParameter } from './rules/duplicateParameter.ts';
import { oversizedValue } from './rules/oversizedValue.ts';
import { apikeyInHeader, emptyApikey, missingApikey, unauthorisedApikey, whitespaceApikey, wrongApikey } from '../../loginradius/rules/apiKeyRules.ts';
import { expiredToken, malformedTokenRule, missingToken, revokedToken, wrongAuthScheme } from '../../loginradius/rules/tokenRules.ts';
import { staleOtp, wrongOtp } from '../../loginradius/rules/otpRules.ts';
import { invalidIsvoiceotp } from '../../loginradius/rules/invalidIsvoiceotp.ts';

export const negativeRules: readonly NegativeRule[] = [
  missingRequiredParameter,
  missingRequiredBodyField,
  wrongType,
  outOfRange,
  wrongFormat,
  unknownProperty,
  wrongContentType,
  malformedJson,
  emptyBody,
  duplicateParameter,
  oversizedValue,
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

export const NEGATIVE_RULE_NAMES: readonly string[] = negativeRules.map((r) => r.name);
