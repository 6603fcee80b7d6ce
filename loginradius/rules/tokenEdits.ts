/** Puts the access token exactly where a placement says, removing it from everywhere else. */
import type { Case } from '../../engine/case/case.ts';
import type { TokenPlacement } from '../generators/accessTokenVariant.ts';
import { withHeader, withoutHeader, withoutQuery, withQuery } from '../../generators/operation/caseEdits.ts';

export function withTokenPlacement(c: Case, tokenParameter: string, placement: TokenPlacement): Case {
  let out = withoutQuery(withoutHeader(c, 'Authorization'), tokenParameter);
  if (placement.authorization !== undefined) out = withHeader(out, 'Authorization', placement.authorization);
  if (placement.query !== undefined) out = withQuery(out, tokenParameter, placement.query);
  return out;
}
