/**
 * Typed readers for single variables. Each reader records a ConfigProblem instead of throwing,
 * so `loadConfig` can report every problem at once; it then returns `undefined`.
 * Values are trimmed; an empty or whitespace-only value counts as unset.
 */
import type { ConfigProblem } from './configError.ts';
import { closestName } from './closestName.ts';
import { SECRET_VARIABLES, type VariableName } from './variables.ts';

export type Env = Readonly<Record<string, string | undefined>>;

export interface NumberRule {
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
  /** Shown in the fix, e.g. "100". */
  readonly example: string;
}

export class EnvParser {
  readonly problems: ConfigProblem[] = [];

  constructor(private readonly _env: Env) {}

  report(variable: string, problem: string, fix: string): undefined {
    this.problems.push({ variable, problem, fix });
    return undefined;
  }

  raw(name: VariableName): string | undefined {
    const v = this._env[name]?.trim();
    return v === undefined || v === '' ? undefined : v;
  }

  isSet(name: VariableName): boolean {
    return this.raw(name) !== undefined;
  }

  /** Quotes a value for a message, or hides it for secret variables. */
  shown(name: VariableName, value: string): string {
    if (SECRET_VARIABLES.has(name)) return `the value (${value.length} characters, hidden)`;
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  }

  number(name: VariableName, rule: NumberRule): number | undefined {
    const raw = this.raw(name);
    if (raw === undefined) return undefined;
    const range = `${rule.integer ? 'a whole number' : 'a number'} from ${rule.min} to ${rule.max}`;
    const fix = `set ${name} to ${range}, e.g. ${name}=${rule.example}, or unset it for the default`;
    const syntax = rule.integer ? /^[+-]?\d+$/ : /^[+-]?(\d+\.?\d*|\.\d+)$/;
    if (!syntax.test(raw)) return this.report(name, `${this.shown(name, raw)} is not ${rule.integer ? 'a whole number' : 'a number'}`, fix);
    const n = Number(raw);
    if (!Number.isFinite(n) || n < rule.min || n > rule.max) return this.report(name, `${raw} is out of range`, fix);
    return n;
  }

  oneOf<T extends string>(name: VariableName, allowed: readonly T[]): T | undefined {
    const raw = this.raw(name);
    if (raw === undefined) return undefined;
    const match = allowed.find((a) => a.toLowerCase() === raw.toLowerCase());
    if (match !== undefined) return match;
    const near = closestName(raw, allowed);
    return this.report(
      name,
      `${this.shown(name, raw)} is not one of ${allowed.join(' | ')}`,
      `${near ? `did you mean ${near}? ` : ''}set ${name} to one of ${allowed.join(', ')}`,
    );
  }

  /** Comma-separated names checked against a known list; unknown ones get a closest-name hint. */
  nameList<T extends string>(name: VariableName, known: readonly T[]): T[] | undefined {
    const raw = this.raw(name);
    if (raw === undefined) return undefined;
    const items = raw
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const good: T[] = [];
    let bad = false;
    for (const item of items) {
      const match = known.find((k) => k === item.toLowerCase());
      if (match !== undefined) {
        good.push(match);
        continue;
      }
      bad = true;
      const near = closestName(item, known);
      this.report(
        name,
        `unknown check name ${JSON.stringify(item)}`,
        `${near ? `did you mean ${near}? ` : ''}use comma-separated names from: ${known.join(', ')}`,
      );
    }
    if (items.length === 0) return this.report(name, 'lists no check names', `list check names separated by commas, or unset ${name}`);
    return bad ? undefined : good;
  }

  /** A secret that must not contain whitespace (an API key or token pasted with a line break). */
  token(name: VariableName): string | undefined {
    const raw = this.raw(name);
    if (raw === undefined) return undefined;
    if (/\s/.test(raw)) return this.report(name, 'contains whitespace inside the value', `re-copy ${name} as one unbroken string`);
    return raw;
  }

  guid(name: VariableName): string | undefined {
    const raw = this.token(name);
    if (raw === undefined) return undefined;
    if (!/^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i.test(raw))
      return this.report(
        name,
        `${this.shown(name, raw)} is not a GUID (LoginRadius API keys look like 01234567-89ab-cdef-0123-456789abcdef)`,
        `copy the key from the LoginRadius Admin Console (Tenant Settings → API credentials) into ${name}`,
      );
    return raw;
  }
}
