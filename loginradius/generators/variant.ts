/** A generated domain value tagged with what kind it is, so rules and tests can predicate on it. */
export interface Variant<K extends string, V> {
  readonly kind: K;
  readonly value: V;
}
