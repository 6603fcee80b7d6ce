/** Response-side categories: statuses, media types, headers, properties, error codes. */
import { BY_OTP, BY_OTP_AT as B, TRIGGER, TRIGGER_AT as T, UPDATE, op, schemas, type DiffCase, type Edit } from './specDiffFixture.ts';

const messageEnum =
  (values: string[]): Edit =>
  (d) => {
    schemas(d).GatewayError.properties.message.enum = values;
  };

export const RESPONSE_CASES: readonly DiffCase[] = [
  {
    name: 'required response property removed',
    new: (d) => {
      delete schemas(d).StepUpToken.properties.ExpireIn;
      schemas(d).StepUpToken.required = ['SecondFactorValidationToken'];
    },
    rule: 'response-required-property-removed',
    level: 'ERR',
    pointer: '#/components/schemas/StepUpToken/properties/ExpireIn',
    under: 'mfaReAuthenticateByOTP',
  },
  {
    name: 'response property became optional',
    new: (d) => {
      schemas(d).StepUpToken.required = ['SecondFactorValidationToken'];
    },
    rule: 'response-property-became-optional',
    level: 'ERR',
    pointer: '#/components/schemas/StepUpToken/properties/ExpireIn',
    under: 'mfaReAuthenticateByOTP',
  },
  {
    name: 'response type changed (became nullable)',
    new: (d) => {
      schemas(d).StepUpToken.properties.ExpireIn.type = ['string', 'null'];
    },
    rule: 'response-type-changed',
    level: 'ERR',
    pointer: '#/components/schemas/StepUpToken/properties/ExpireIn',
    under: 'mfaReAuthenticateByOTP',
  },
  {
    name: 'success status removed',
    new: (d) => delete op(d, BY_OTP).responses['200'],
    rule: 'success-status-removed',
    level: 'ERR',
    pointer: `${B}/responses/200`,
    under: 'mfaReAuthenticateByOTP',
  },
  {
    name: 'response media type removed',
    new: (d) => {
      const res = op(d, TRIGGER).responses['200'];
      res.content = { 'application/xml': res.content['application/json'] };
    },
    rule: 'response-media-type-removed',
    level: 'ERR',
    pointer: `${T}/get/responses/200/content/application~1json`,
    under: 'mfaReAuthenticate)',
  },
  {
    name: 'required response header dropped',
    new: (d) => {
      d.components.headers['Retry-After'].required = false;
    },
    rule: 'response-required-header-removed',
    level: 'ERR',
    pointer: '#/components/headers/Retry-After',
    under: 'mfaUpdateSetting',
  },
  {
    name: 'error code newly documented',
    new: (d) => op(d, TRIGGER).responses['403']['x-error-codes'].push(1234),
    rule: 'error-code-added',
    level: 'WARN',
    pointer: `${T}/get/responses/403/x-error-codes`,
    under: 'mfaReAuthenticate)',
  },
  {
    name: 'response enum value added',
    old: messageEnum(['Authentication failed']),
    new: messageEnum(['Authentication failed', 'Denied']),
    rule: 'response-enum-value-added',
    level: 'WARN',
    pointer: '#/components/schemas/GatewayError/properties/message',
    under: 'mfaUpdateSetting',
  },
  {
    name: 'response property became required',
    new: (d) => schemas(d).MfaSettings.required.push('OTPPhoneNo'),
    rule: 'response-property-became-required',
    level: 'WARN',
    pointer: '#/components/schemas/MfaSettings/properties/OTPPhoneNo',
    under: 'mfaReAuthenticate)',
  },
  {
    name: 'error status removed',
    new: (d) => delete op(d, UPDATE).responses['429'],
    rule: 'response-status-removed',
    level: 'WARN',
    pointer: '#/paths/~1identity~1v2~1auth~1account~12fa~1verification~1otp/put/responses/429',
    under: 'mfaUpdateSetting',
  },
  {
    name: 'anyOf alternatives changed',
    new: (d) => {
      d.components.responses.GatewayUnauthorized.content['application/json'].schema.anyOf.pop();
    },
    rule: 'schema-alternatives-changed',
    level: 'WARN',
    pointer: '#/components/responses/GatewayUnauthorized/content/application~1json/schema',
    under: 'mfaUpdateSetting',
  },
  {
    name: 'error code no longer documented',
    new: (d) => {
      op(d, TRIGGER).responses['403']['x-error-codes'] = [901, 905, 906];
    },
    rule: 'error-code-removed',
    level: 'INFO',
    pointer: `${T}/get/responses/403/x-error-codes`,
    under: 'mfaReAuthenticate)',
  },
  {
    name: 'optional response property added',
    new: (d) => {
      schemas(d).StepUpToken.properties.Scope = { type: 'string' };
    },
    rule: 'response-optional-property-added',
    level: 'INFO',
    pointer: '#/components/schemas/StepUpToken/properties/Scope',
    under: 'mfaReAuthenticateByOTP',
  },
];
