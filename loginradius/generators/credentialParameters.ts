/**
 * Which query parameters carry credentials, read from the document's security schemes: the
 * `apiKey`-in-query scheme required by every security alternative is the API key; another
 * `apiKey`-in-query scheme is the access-token alternative to the Bearer header.
 * These parameters are filled from the credentials, never from their schemas.
 */
import type { Contract } from '../../engine/contract/types.ts';

export interface CredentialParameters {
  readonly apiKey: string;
  readonly accessToken: string;
}

const cache = new WeakMap<Contract, CredentialParameters>();

export function credentialParameters(contract: Contract): CredentialParameters {
  const known = cache.get(contract);
  if (known !== undefined) return known;
  const schemes = (contract.document.components?.securitySchemes ?? {}) as Record<string, { type?: string; in?: string; name?: string }>;
  const requirements = contract.document.security ?? [];
  const inQuery = Object.entries(schemes).filter(([, s]) => s.type === 'apiKey' && s.in === 'query' && typeof s.name === 'string');
  const everywhere = inQuery.find(([id]) => requirements.length > 0 && requirements.every((r) => id in r));
  const apiKey = everywhere?.[1].name ?? 'apikey';
  const accessToken = inQuery.find(([id]) => id !== everywhere?.[0])?.[1].name ?? 'access_token';
  const found = { apiKey, accessToken };
  cache.set(contract, found);
  return found;
}
