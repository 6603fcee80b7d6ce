/** The three vendor operations the mock serves, keyed by lower-cased path. */
import type { MockOperationId } from './mockTypes.ts';

export interface VendorRoute {
  readonly operationId: MockOperationId;
  readonly method: 'GET' | 'PUT';
}

export const VENDOR_ROUTES: ReadonlyMap<string, VendorRoute> = new Map([
  ['/identity/v2/auth/account/reauth/2fa', { operationId: 'mfaReAuthenticate', method: 'GET' }],
  ['/identity/v2/auth/account/2fa/verification/otp', { operationId: 'mfaUpdateSetting', method: 'PUT' }],
  ['/identity/v2/auth/account/reauth/2fa/otp', { operationId: 'mfaReAuthenticateByOTP', method: 'PUT' }],
]);
