/** The token answer of login verification, token by UID and refresh: `expires_in` is a timestamp. */
import { iso } from '../pipelineContext.ts';
import type { TokenPair } from '../../state/credentialStore.ts';

export function tokenBody(pair: TokenPair): Record<string, unknown> {
  return { access_token: pair.access_token, refresh_token: pair.refresh_token, expires_in: iso(pair.expiresAt) };
}
