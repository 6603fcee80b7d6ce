/**
 * The vendor error envelope: {ErrorCode:int, Message:string, Description:string,
 * IsProviderError?:boolean, ProviderErrorResponse?:string|null, Errors?, Data?}.
 */
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function errorCodeOf(json: unknown): number | undefined {
  return isObject(json) && typeof json['ErrorCode'] === 'number' ? json['ErrorCode'] : undefined;
}

/** A body that claims to be an error, whatever the status says. */
export function looksLikeErrorEnvelope(json: unknown): boolean {
  return isObject(json) && 'ErrorCode' in json && ('Message' in json || 'Description' in json);
}

/** Problems with the envelope's shape, each a stable short token (used in dedup keys). */
export function envelopeProblems(json: unknown): string[] {
  if (!isObject(json)) return ['not-an-object'];
  const problems: string[] = [];
  if (!Number.isInteger(json['ErrorCode'])) problems.push('ErrorCode-not-integer');
  if (typeof json['Message'] !== 'string') problems.push('Message-not-string');
  if (typeof json['Description'] !== 'string') problems.push('Description-not-string');
  if ('IsProviderError' in json && typeof json['IsProviderError'] !== 'boolean') problems.push('IsProviderError-not-boolean');
  const provider = json['ProviderErrorResponse'];
  if ('ProviderErrorResponse' in json && provider !== null && typeof provider !== 'string')
    problems.push('ProviderErrorResponse-not-string-or-null');
  return problems;
}
