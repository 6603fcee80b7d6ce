/**
 * Before/after pairs built from the real contract: `variant(editOld, editNew)` clones the parsed
 * document twice, applies each edit and diffs the results.
 */
import { readFileSync } from 'node:fs';
import { diffSpecs } from '../../../engine/specDiff/diffSpecs.ts';
import { parseSpec } from '../../../engine/specDiff/parseSpec.ts';
import type { SpecDiffResult } from '../../../engine/specDiff/SpecChange.ts';
import type { SpecSource } from '../../../engine/specDiff/SpecSource.ts';

const CONTRACT_FILE = new URL('../../../openapi/loginradius-mfa.yaml', import.meta.url);
export const REAL: SpecSource = parseSpec(readFileSync(CONTRACT_FILE, 'utf8'), 'real');

export const TRIGGER = '/identity/v2/auth/account/reauth/2fa';
export const UPDATE = '/identity/v2/auth/account/2fa/verification/otp';
export const BY_OTP = '/identity/v2/auth/account/reauth/2fa/otp';

// The document is plain YAML data; tests edit it freely.
export type Doc = any;
export type Edit = (doc: Doc) => void;

export function variant(editOld: Edit | undefined, editNew: Edit | undefined): SpecDiffResult {
  const old = structuredClone(REAL.document) as Doc;
  const now = structuredClone(REAL.document) as Doc;
  editOld?.(old);
  editNew?.(now);
  return diffSpecs({ label: 'old', document: old }, { label: 'new', document: now });
}

export const schemas = (doc: Doc) => doc.components.schemas;
export const op = (doc: Doc, path: string) => doc.paths[path].get ?? doc.paths[path].put;

/** One before/after pair and the change it must produce. */
export interface DiffCase {
  readonly name: string;
  readonly old?: Edit;
  readonly new: Edit;
  readonly rule: string;
  readonly level: 'ERR' | 'WARN' | 'INFO';
  readonly pointer: string;
  /** Substring of the operation group the change must be listed under. */
  readonly under: string;
}

export const TRIGGER_AT = '#/paths/~1identity~1v2~1auth~1account~1reauth~12fa';
export const BY_OTP_AT = '#/paths/~1identity~1v2~1auth~1account~1reauth~12fa~1otp/put';
export const OTP_REQ = '#/components/schemas/OtpVerificationRequest';
