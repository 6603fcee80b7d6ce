/**
 * Everything a run could verify, each item with the reason it cannot be reached under this
 * configuration when it cannot. The pack builds it (it knows which settings close which paths);
 * reporters fold the records' observations into it.
 */

/** Present only when the item cannot be reached here: why, naming the setting that opens it. */
interface Reachability {
  readonly unreachable?: string;
}

/** One documented response: a status, and one of its documented error codes when it has any. */
export interface DocumentedResponse extends Reachability {
  readonly operationId: string;
  readonly status: string;
  readonly errorCode?: number;
}

export interface CoverageRule extends Reachability {
  readonly operationId: string;
  readonly rule: string;
}

export interface CoverageExample extends Reachability {
  readonly operationId: string;
  /** The example's id on the case label (its 1-based position among the operation's examples). */
  readonly example: string;
}

export interface CoverageFlow extends Reachability {
  /** The title of the flow's record. */
  readonly title: string;
}

export interface CoverageUniverse {
  readonly responses: readonly DocumentedResponse[];
  readonly rules: readonly CoverageRule[];
  readonly examples: readonly CoverageExample[];
  readonly flows: readonly CoverageFlow[];
}
