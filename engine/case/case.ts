/**
 * A `Case` is one HTTP request the harness will send, as a plain, serialisable record.
 * Generators produce them, transport sends them, checks and reports read them.
 */
import type { HttpMethod, OperationId } from '../contract/types.ts';

/** Positive cases respect the contract; negative ones break exactly the rule they name. */
export type CaseLabel =
  | {
      readonly kind: 'positive';
      /** The document example the case sends (its 1-based position among the operation's examples). */
      readonly example?: string;
      /** The edge of a constrained field the case sits on, e.g. "body name: length 20 = maxLength". */
      readonly boundary?: string;
    }
  | {
      readonly kind: 'negative';
      readonly rule: string;
      readonly detail: string;
      /** The rule breaks authentication (key or token): such a case must never succeed. */
      readonly isAuthRule?: boolean;
    };

export type CaseBody =
  | { readonly kind: 'none' }
  /** Serialised with JSON.stringify and sent with `Content-Type: mediaType`. */
  | { readonly kind: 'json'; readonly value: unknown; readonly mediaType: string }
  /** Sent byte-for-byte (malformed JSON, empty body, wrong media type...). */
  | { readonly kind: 'raw'; readonly text: string; readonly mediaType: string | undefined };

export interface Case {
  readonly operationId: OperationId;
  readonly method: HttpMethod;
  /** The path as sent; may differ in case from the document's template (the vendor is case-insensitive). */
  readonly path: string;
  /** Ordered name/value pairs; duplicates are allowed on purpose. Values are not yet URL-encoded. */
  readonly query: ReadonlyArray<readonly [string, string]>;
  /** Header names as sent. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: CaseBody;
  readonly label: CaseLabel;
  /** Which test account sent it (a redacted label), when a run spreads over several; reports name it. */
  readonly account?: string;
}
