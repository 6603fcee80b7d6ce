/**
 * Compiled validators kept on disk as ajv standalone modules, keyed by the SHA-256 of what they
 * were compiled from (ajv's version, the options, the contract's components and the schema): a
 * process that finds its validator there loads it in milliseconds instead of compiling it again
 * (hundreds of milliseconds for a full profile, time every in-flight request would otherwise wait).
 * The modules require ajv's runtime by absolute path, so they load from any folder; the folder is
 * the user's private one (privateCacheDir, passed by the caller). Any problem falls back to compiling.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';
import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';

const require = createRequire(import.meta.url);
type Standalone = (ajv: Ajv2020, validate: ValidateFunction) => string;
const standaloneCode: Standalone =
  (standaloneModule as unknown as { default?: Standalone }).default ?? (standaloneModule as unknown as Standalone);
const AJV_VERSION: string = (require('ajv/package.json') as { version: string }).version;

export interface CompiledValidatorStore {
  /** The validator stored under this fingerprint, or undefined. */
  load(fingerprint: string): ValidateFunction | undefined;
  /** Keeps a compiled validator (its ajv instance must generate source: `code.source`). */
  store(fingerprint: string, ajv: Ajv2020, validate: ValidateFunction): void;
}

/** The fingerprint of a schema compiled in a given context (the components its $refs reach, the options). */
export function fingerprintOf(context: string, schema: unknown): string {
  return createHash('sha256')
    .update(AJV_VERSION)
    .update('\u0000')
    .update(context)
    .update('\u0000')
    .update(JSON.stringify(schema))
    .digest('hex');
}

/** ajv's `require("ajv/…")` lines, made absolute so the module loads from outside node_modules. */
function absoluteRequires(code: string): string {
  return code.replace(/require\("([^"]+)"\)/g, (_all, id: string) => `require(${JSON.stringify(require.resolve(id))})`);
}

/**
 * A stored module, run as CommonJS without `require`: a require hook (a test runner's transpiler)
 * would transform the generated code again on every load, which costs more than compiling it.
 */
function evaluateModule(file: string): unknown {
  const wrapped = runInThisContext(`(function (exports, require, module) {${readFileSync(file, 'utf8')}\n})`, { filename: file });
  const module = { exports: {} as unknown };
  (wrapped as (exports: unknown, req: NodeJS.Require, module: { exports: unknown }) => void)(module.exports, require, module);
  return module.exports;
}

/** `dir`: the folder; undefined keeps nothing (every validator compiles). @defaultValue none; pass privateCacheDir() */
export function compiledValidatorStore(dir: string | undefined): CompiledValidatorStore {
  const fileOf = (fingerprint: string) => (dir === undefined ? undefined : join(dir, `validator-${fingerprint}.cjs`));
  return {
    load(fingerprint) {
      const file = fileOf(fingerprint);
      if (file === undefined || !existsSync(file)) return undefined;
      try {
        const loaded = evaluateModule(file) as ValidateFunction | { default: ValidateFunction };
        return typeof loaded === 'function' ? loaded : loaded.default;
      } catch {
        return undefined;
      }
    },
    store(fingerprint, ajv, validate) {
      const file = fileOf(fingerprint);
      if (file === undefined) return;
      try {
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, absoluteRequires(standaloneCode(ajv, validate)), { mode: 0o600 });
        renameSync(temporary, file);
      } catch {
        // A full or read-only disk only costs the next process a compile.
      }
    },
  };
}
