/** The error a locked account answers, by the tenant's lockout type, before any challenge is looked at (login steps, the lockout gate). */
import { errorResponse } from '../../http/errorCatalogue.ts';
import { iso } from '../pipelineContext.ts';
import type { MockResponse } from '../../http/mockTypes.ts';
import type { UserState } from '../../state/userState.ts';

export function lockedError(user: UserState, now: number): MockResponse | undefined {
  if (!user.isLocked(now)) return undefined;
  switch (user.policy.type) {
    case 'Suspend':
      return errorResponse('lockedSuspend', { Data: { LoginLockedTimeout: iso(user.lockedUntil()!) } });
    case 'Captcha':
      return errorResponse('lockedCaptcha');
    case 'SecurityQuestion':
      return errorResponse('lockedSecurityQuestion');
    default:
      return errorResponse('lockedBlock');
  }
}
