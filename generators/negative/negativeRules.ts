/**
 * The generic negative rules, in order: schema-level first, then HTTP-message rules. They read only
 * the document (and the vendor profile's credential names); a vendor pack adds its domain rules.
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
import { oversizedValue } from './rules/oversizedValue.ts';

const schemaRules: readonly NegativeRule[] = [
  missingRequiredParameter,
  missingRequiredBodyField,
  wrongType,
  outOfRange,
  wrongFormat,
  unknownProperty,
];

const httpRules: readonly NegativeRule[] = [wrongContentType, malformedJson, emptyBody];

/** Sizes past the declared limits: last of the generic rules, it may reach the vendor's own checks. */
const sizeRules: readonly NegativeRule[] = [oversizedValue];

export const genericNegativeRules: readonly NegativeRule[] = [...schemaRules, ...httpRules, ...sizeRules];
