#!/usr/bin/env node
/**
 * `node cli/launch.mjs <entry.ts> [args]`: runs a TypeScript entry point (the CLI, the mock) with
 * plain Node from one ES module bundle. Loading the ~300 source files one by one through a
 * TypeScript loader costs seconds per process; a bundle loads in milliseconds. The bundle is
 * rebuilt (esbuild, ~0.1 s) whenever a file it was built from changed, and lives in
 * node_modules/.cache/lr-harness/. npm packages stay external; every module keeps its own
 * `import.meta.url`, so paths relative to a source file still resolve.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = join(root, 'node_modules', '.cache', 'lr-harness');

/** Bundle and manifest paths of an entry, e.g. cli/contract.ts → cli__contract.mjs. */
function outputsOf(entry) {
  const name = relative(root, entry).replace(/[\\/]/g, '__').replace(/\.ts$/, '');
  return { bundle: join(cacheDir, `${name}.mjs`), manifest: join(cacheDir, `${name}.inputs.json`) };
}

/** The bundle is current when every input has the size and mtime it was built from. */
function isCurrent(manifestPath) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch {
    return false;
  }
  if (manifest.root !== root) return false;
  for (const [file, stamp] of Object.entries(manifest.inputs)) {
    try {
      const st = statSync(join(root, file));
      if (st.size !== stamp.size || st.mtimeMs !== stamp.mtimeMs) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/** esbuild plugin: `import.meta.url` of each source file is its own URL, not the bundle's. */
const ownImportMetaUrl = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
    });
  },
};

async function bundle(entry, outputs) {
  const { build } = await import('esbuild');
  mkdirSync(cacheDir, { recursive: true });
  const temporary = `${outputs.bundle}.${process.pid}.tmp.mjs`;
  const result = await build({
    entryPoints: [entry],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    metafile: true,
    logLevel: 'error',
    plugins: [ownImportMetaUrl],
  });
  const inputs = {};
  for (const input of Object.keys(result.metafile.inputs)) {
    const file = resolve(root, input);
    const st = statSync(file);
    inputs[relative(root, file)] = { size: st.size, mtimeMs: st.mtimeMs };
  }
  renameSync(temporary, outputs.bundle);
  const manifestTemporary = `${outputs.manifest}.${process.pid}.tmp`;
  writeFileSync(manifestTemporary, JSON.stringify({ root, inputs }));
  renameSync(manifestTemporary, outputs.manifest);
}

const [entryArg, ...rest] = process.argv.slice(2);
if (entryArg === undefined || !entryArg.endsWith('.ts')) {
  console.error('usage: node cli/launch.mjs <entry.ts> [args...]  (e.g. cli/contract.ts)');
  process.exit(2);
}
const entry = resolve(root, entryArg);
const outputs = outputsOf(entry);
if (!isCurrent(outputs.manifest)) {
  try {
    await bundle(entry, outputs);
  } catch (error) {
    console.error(`✗ could not build ${entryArg}: ${error instanceof Error ? error.message : String(error)}\n  run "npm ci" first.`);
    process.exit(2);
  }
}
// The entry sees the arguments after its own name, as if Node ran it directly.
process.argv = [process.argv[0], entry, ...rest];
await import(pathToFileURL(outputs.bundle).href);
