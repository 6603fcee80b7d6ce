/** Request-side categories: parameters, request bodies and their constraints. */
import { OTP_REQ, TRIGGER, TRIGGER_AT as T, op, schemas, type DiffCase, type Edit } from './specDiffFixture.ts';

const attempt =
  (limits: Record<string, number>): Edit =>
  (d) => {
    schemas(d).OtpVerificationRequest.properties.attempt = { type: 'integer', ...limits };
  };
const smsEnum =
  (values: string[]): Edit =>
  (d) => {
    d.components.parameters.smstemplate2fa.schema.enum = values;
  };

export const REQUEST_CASES: readonly DiffCase[] = [
  {
    name: 'required parameter added',
    new: (d) => op(d, TRIGGER).parameters.push({ name: 'tenant', in: 'query', required: true, schema: { type: 'string' } }),
    rule: 'parameter-added-required',
    level: 'ERR',
    pointer: `${T}/get/parameters/5`,
    under: 'mfaReAuthenticate)',
  },
  {
    name: 'parameter became required',
    new: (d) => {
      op(d, TRIGGER).parameters[3].required = true;
    },
    rule: 'parameter-became-required',
    level: 'ERR',
    pointer: `${T}/get/parameters/3`,
    under: 'mfaReAuthenticate)',
  },
  {
    name: 'required property added in request body',
    new: (d) => {
      schemas(d).OtpVerificationRequest.properties.pin = { type: 'string' };
      schemas(d).OtpVerificationRequest.required.push('pin');
    },
    rule: 'request-required-property-added',
    level: 'ERR',
    pointer: `${OTP_REQ}/properties/pin`,
    under: 'mfaReAuthenticateByOTP',
  },
  {
    name: 'request property became required',
    new: (d) => schemas(d).OtpVerificationRequest.required.push('securityanswer'),
    rule: 'request-property-became-required',
    level: 'ERR',
    pointer: `${OTP_REQ}/properties/securityanswer`,
    under: 'mfaUpdateSetting',
  },
  {
    name: 'maxLength lowered',
    old: (d) => {
      schemas(d).OtpVerificationRequest.properties.otp.maxLength = 10;
    },
    new: (d) => {
      schemas(d).OtpVerificationRequest.properties.otp.maxLength = 6;
    },
    rule: 'request-max-length-lowered',
    level: 'ERR',
    pointer: `${OTP_REQ}/properties/otp`,
    under: 'mfaUpdateSetting',
  },
  {
    name: 'minLength raised',
    new: (d) => {
      schemas(d).OtpVerificationRequest.properties.otp.minLength = 6;
    },
    rule: 'request-min-length-raised',
    level: 'ERR',
    pointer: `${OTP_REQ}/properties/otp`,
    under: 'mfaReAuthenticateByOTP',
  },
  {
    name: 'maximum lowered',
    old: attempt({ maximum: 10 }),
    new: attempt({ maximum: 5 }),
    rule: 'request-maximum-lowered',
    level: 'ERR',
    pointer: `${OTP_REQ}/properties/attempt`,
    under: 'mfaReAuthenticateByOTP',
  },
  {
    name: 'minimum raised',
    old: attempt({ minimum: 0 }),
    new: attempt({ minimum: 1 }),
    rule: 'request-minimum-raised',
    level: 'ERR',
    pointer: `${OTP_REQ}/properties/attempt`,
    under: 'mfaReAuthenticateByOTP',
  },
  {
    name: 'enum value removed from a request',
    old: smsEnum(['default-2fa', 'voice']),
    new: smsEnum(['default-2fa']),
    rule: 'request-enum-value-removed',
    level: 'ERR',
    pointer: '#/components/parameters/smstemplate2fa/schema',
    under: 'mfaReAuthenticate)',
  },
  {
    name: 'pattern added to a request value',
    new: (d) => {
      schemas(d).OtpVerificationRequest.properties.otp.pattern = '^\\d{6}$';
    },
    rule: 'request-pattern-changed',
    level: 'ERR',
    pointer: `${OTP_REQ}/properties/otp`,
    under: 'mfaUpdateSetting',
  },
  {
    name: 'request type changed',
    new: (d) => {
      schemas(d).OtpVerificationRequest.properties.otp.type = 'integer';
    },
    rule: 'request-type-changed',
    level: 'ERR',
    pointer: `${OTP_REQ}/properties/otp`,
    under: 'mfaUpdateSetting',
  },
  {
    name: 'request media type removed',
    new: (d) => {
      const body = d.components.requestBodies.OtpWithLockoutChallenge;
      body.content = { 'application/xml': body.content['application/json'] };
    },
    rule: 'request-media-type-removed',
    level: 'ERR',
    pointer: '#/components/requestBodies/OtpWithLockoutChallenge/content/application~1json',
    under: 'mfaUpdateSetting',
  },
  {
    name: 'optional parameter removed',
    new: (d) => {
      op(d, TRIGGER).parameters.splice(4, 1);
    },
    rule: 'parameter-removed',
    level: 'WARN',
    pointer: `${T}/get/parameters/4`,
    under: 'mfaReAuthenticate)',
  },
  {
    name: 'request constraint relaxed',
    new: (d) => {
      delete schemas(d).OtpVerificationRequest.properties.otp.minLength;
    },
    rule: 'request-constraint-relaxed',
    level: 'INFO',
    pointer: `${OTP_REQ}/properties/otp`,
    under: 'mfaUpdateSetting',
  },
];
