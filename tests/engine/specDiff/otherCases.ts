/** Operations, security and extension markers. */
import { TRIGGER, TRIGGER_AT as T, schemas, type DiffCase } from './specDiffFixture.ts';

export const OTHER_CASES: readonly DiffCase[] = [
  {
    name: 'path removed',
    new: (d) => delete d.paths[TRIGGER],
    rule: 'path-removed',
    level: 'ERR',
    pointer: T,
    under: `GET ${TRIGGER}`,
  },
  {
    name: 'operation removed, path kept',
    new: (d) => {
      d.paths[TRIGGER].post = d.paths[TRIGGER].get;
      delete d.paths[TRIGGER].get;
    },
    rule: 'operation-removed',
    level: 'ERR',
    pointer: `${T}/get`,
    under: `GET ${TRIGGER}`,
  },
  {
    name: 'security alternative removed',
    new: (d) => {
      d.security = [d.security[0]];
    },
    rule: 'security-requirement-removed',
    level: 'ERR',
    pointer: '#/security',
    under: 'mfaReAuthenticate)',
  },
  {
    name: 'security scheme moved',
    new: (d) => {
      d.components.securitySchemes.apiKey.in = 'header';
    },
    rule: 'security-scheme-changed',
    level: 'ERR',
    pointer: '#/components/securitySchemes/apiKey',
    under: 'mfaUpdateSetting',
  },
  {
    name: 'secret marker removed from a parameter',
    new: (d) => delete d.components.parameters.apikey['x-secret'],
    rule: 'secret-marker-removed',
    level: 'ERR',
    pointer: '#/components/parameters/apikey',
    under: 'mfaReAuthenticate)',
  },
  {
    name: 'secret marker removed from a response field',
    new: (d) => delete schemas(d).StepUpToken.properties.SecondFactorValidationToken['x-secret'],
    rule: 'secret-marker-removed',
    level: 'ERR',
    pointer: '#/components/schemas/StepUpToken/properties/SecondFactorValidationToken',
    under: 'mfaReAuthenticateByOTP',
  },
  {
    name: 'decision revisited',
    new: (d) => {
      d['x-decisions'][0].choice = '403 everywhere.';
    },
    rule: 'ambiguity-marker-changed',
    level: 'WARN',
    pointer: '#/x-decisions/0',
    under: '(document)',
  },
  {
    name: 'ambiguity marker added on a schema',
    new: (d) => {
      schemas(d).MfaSettings.properties.PushQRCode['x-ambiguity'] = 'nullability unknown';
    },
    rule: 'ambiguity-marker-changed',
    level: 'WARN',
    pointer: '#/components/schemas/MfaSettings/properties/PushQRCode/x-ambiguity',
    under: 'mfaReAuthenticate)',
  },
  {
    name: 'operation added',
    new: (d) => {
      d.paths['/identity/v2/auth/ping'] = { get: { responses: { 200: { description: 'ok' } } } };
    },
    rule: 'operation-added',
    level: 'INFO',
    pointer: '#/paths/~1identity~1v2~1auth~1ping/get',
    under: 'GET /identity/v2/auth/ping',
  },
];
