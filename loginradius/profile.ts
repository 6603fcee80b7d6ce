/**
 * The LoginRadius pack's answer to the engine's questions (`VendorProfile`): the error envelope's
 * `ErrorCode`, where credentials travel (apikey query, Bearer header or access_token query), the
 * names that hold secrets. Everything else the pack knows plugs in through generation and config.
 */
import type { VendorProfile } from '../engine/profile/vendorProfile.ts';
import { errorCodeOf } from './checks/errorEnvelope.ts';
import { missingCredentials, requestSecrets } from './credentials/caseCredentials.ts';
import { LOGINRADIUS_SECRET_KEYS } from './credentials/secretKeys.ts';

export const loginRadiusProfile: VendorProfile = {
  name: 'LoginRadius',
  errorCodeOf,
  requestSecrets,
  missingCredentials,
  secretKeys: LOGINRADIUS_SECRET_KEYS,
};
