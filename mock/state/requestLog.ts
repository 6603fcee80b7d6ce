/** Bounded ring buffer of what the mock answered, for `GET /__mock/requests`. Holds no secrets. */
export interface RequestLogEntry {
  /** Monotonic sequence number; use it as `?since=`. */
  readonly seq: number;
  readonly time: string;
  readonly method: string;
  readonly path: string;
  /** Lower-cased query parameter names only (values may be secrets). */
  readonly queryNames: readonly string[];
  readonly tenant: string | null;
  readonly uid: string | null;
  readonly status: number;
  readonly errorCode: number | null;
  /** The transport fault id when one was injected instead of (or around) the normal answer. */
  readonly fault?: string;
}

/** What the hot path stores: the time as epoch ms, formatted only when the log is read. */
type StoredEntry = Omit<RequestLogEntry, 'time'> & { readonly at: number };

export class RequestLog {
  private readonly entries: StoredEntry[] = [];
  private next = 1;
  private start = 0;

  constructor(private readonly capacity: number) {}

  add(entry: Omit<StoredEntry, 'seq'>): void {
    const full = { seq: this.next++, ...entry };
    if (this.entries.length < this.capacity) this.entries.push(full);
    else {
      this.entries[this.start] = full;
      this.start = (this.start + 1) % this.capacity;
    }
  }

  /** Entries with seq > since, oldest first. */
  since(since: number): RequestLogEntry[] {
    const ordered = this.entries.slice(this.start).concat(this.entries.slice(0, this.start));
    return ordered.filter((e) => e.seq > since).map(({ at, ...rest }) => ({ ...rest, time: new Date(at).toISOString() }));
  }

  get lastSeq(): number {
    return this.next - 1;
  }
}
