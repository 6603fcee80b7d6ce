/**
 * Every module a TypeScript file imports — static, type-only, re-exports, bare `import '...'` and
 * dynamic `import('...')` with a literal — as es-module-lexer 3 reads them (it lexes TypeScript's
 * `import type` and inline `type` specifiers itself).
 */
import { init, parse } from 'es-module-lexer';

await init;

export function importsOf(source: string): string[] {
  const [imports] = parse(source);
  return imports.map((i) => i.specifier).filter((n): n is string => typeof n === 'string' && n !== '');
}
