/**
 * Every module a TypeScript file imports — static, type-only, re-exports, bare `import '...'` and
 * dynamic `import('...')` with a literal — found by es-module-lexer after type-only syntax that
 * would confuse a JavaScript lexer is blanked out (same offsets, so positions stay true).
 */
import { init, parse } from 'es-module-lexer';

await init;

/** `import type X`, `import { type X }` and `export type {...}` are plain imports to the lexer once `type` is gone. */
function withoutTypeKeywords(source: string): string {
  return source
    .replace(/\b(import|export)\s+type\s+(?=[{*\w])/g, (m, kw: string) => `${kw} ${' '.repeat(m.length - kw.length - 1)}`)
    .replace(/([{,]\s*)type\s+(?=\w)/g, (m, lead: string) => lead + ' '.repeat(m.length - lead.length));
}

export function importsOf(source: string): string[] {
  const [imports] = parse(withoutTypeKeywords(source));
  return imports.map((i) => i.specifier).filter((n): n is string => typeof n === 'string' && n !== '');
}
