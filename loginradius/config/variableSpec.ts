/** One environment variable the harness reads, as data (documented in `.env.example`). */
export interface VariableSpec {
  readonly name: string;
  /** Its value must never appear in messages, logs or reports. */
  readonly secret: boolean;
  /** The default, as documented. */
  readonly defaultText: string;
  /** What it sets, and what it protects where that matters. */
  readonly description: string;
}
