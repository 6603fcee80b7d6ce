/**
 * Ajv errors → human-readable `ValidationIssue`s: `<pointer>: <expectation> (got <value>)`.
 * Values under a secret-marked name are never printed, only their JSON type.
 */
import type { ErrorObject } from 'ajv/dist/2020.js';
import type { ValidationIssue } from './types.ts';

const MAX_SHOWN_CHARS = 40;
const MAX_PATTERN_CHARS = 60;

export interface DescribeOptions {
  /** Lower-cased property / parameter names whose values must be redacted. */
  readonly secretNames: ReadonlySet<string>;
  /** Redact every value (the whole validated value is a secret, e.g. the apikey parameter). */
  readonly redactAll?: boolean;
}

export function describeIssues(errors: readonly ErrorObject[], data: unknown, options: DescribeOptions): ValidationIssue[] {
  return errors.map((error) => {
    const pointer = error.instancePath;
    const secret = options.redactAll === true || pointerSegments(pointer).some((s) => options.secretNames.has(s.toLowerCase()));
    const got = error.keyword === 'required' ? '' : ` (got ${showValue(valueAt(data, pointer), secret)})`;
    return { pointer, keyword: error.keyword, message: `${displayPointer(pointer)}: ${expectation(error)}${got}` };
  });
}

/** `(root)` for the empty pointer, the pointer itself otherwise. */
function displayPointer(pointer: string): string {
  return pointer === '' ? '(root)' : pointer;
}

function expectation(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return `must be ${String(params.type).split(',').join(' or ')}`;
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case 'additionalProperties':
      return `must not have property '${String(params.additionalProperty)}'`;
    case 'pattern': {
      const pattern = String(params.pattern);
      return pattern.length <= MAX_PATTERN_CHARS ? `must match pattern ${pattern}` : `must match the pattern at ${error.schemaPath}`;
    }
    default:
      return error.message ?? `must satisfy '${error.keyword}'`;
  }
}

function showValue(value: unknown, secret: boolean): string {
  const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  if (value === null || value === undefined) return kind;
  if (secret) return `${kind} [redacted]`;
  if (typeof value === 'string') {
    const shown = value.length > MAX_SHOWN_CHARS ? `${value.slice(0, MAX_SHOWN_CHARS)}…` : value;
    return `string ${JSON.stringify(shown)}`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return `${kind} ${String(value)}`;
  return Array.isArray(value) ? `array of ${value.length}` : 'object';
}

function pointerSegments(pointer: string): string[] {
  return pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const segment of pointerSegments(pointer)) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
