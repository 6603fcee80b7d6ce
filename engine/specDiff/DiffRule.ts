/**
 * A classification rule: a plain object with its name, the scope it inspects, its level and why,
 * and a `detect` function that turns one old/new pair into findings. The registry lists them in order.
 */
import type { Located } from './derefNode.ts';
import type { FlatSchema } from './flattenSchema.ts';
import type { OperationInfo } from './listOperations.ts';
import type { DocumentSide, Level } from './SpecChange.ts';
import type { SpecDiffOptions } from './specDiffOptions.ts';
import type { SpecSource } from './SpecSource.ts';

/** Who sends the data a schema describes: requests must keep accepting, responses must not surprise. */
export type Direction = 'request' | 'response';

export interface Finding {
  readonly message: string;
  readonly pointer: string;
  readonly in: DocumentSide;
}

interface Base {
  readonly options: SpecDiffOptions;
  readonly oldSource: SpecSource;
  readonly newSource: SpecSource;
}

export interface OperationContext extends Base {
  readonly old: OperationInfo | undefined;
  readonly new: OperationInfo | undefined;
}

/** Parameters, request bodies and responses: the object after `$ref`s, or undefined when absent. */
export interface PartContext extends Base {
  /** `query:limit`, `requestBody` or a status code such as `200`. */
  readonly key: string;
  readonly old: Located | undefined;
  readonly new: Located | undefined;
}

export interface SchemaContext extends Base {
  readonly direction: Direction;
  readonly old: FlatSchema;
  readonly new: FlatSchema;
}

/** Any object pair, for extension markers: absent sides are empty objects at the pointer given. */
export interface MarkerContext extends Base {
  readonly old: Located;
  readonly new: Located;
}

export interface ScopeContexts {
  operation: OperationContext;
  parameter: PartContext;
  requestBody: PartContext;
  response: PartContext;
  schema: SchemaContext;
  marker: MarkerContext;
}

export type Scope = keyof ScopeContexts;

export interface ScopedRule<S extends Scope> {
  readonly name: string;
  readonly scope: S;
  readonly level: Level;
  /** Why this change has this level, in one sentence. */
  readonly why: string;
  readonly detect: (ctx: ScopeContexts[S]) => readonly Finding[];
}

export type DiffRule = { [S in Scope]: ScopedRule<S> }[Scope];

export const atOld = (pointer: string, message: string): Finding => ({ pointer, in: 'old', message });
export const atNew = (pointer: string, message: string): Finding => ({ pointer, in: 'new', message });
