/**
 * Which of the suite's tests `playwright test --project=contract <args>` will run, when the
 * arguments alone tell: none at all (every test), or `--grep` / `--grep-invert` beside flags that
 * never change the selection. Then the CLI starts those tests at once, as for a whole run, instead
 * of one at a time as the worker asks. Any other argument (a file filter, --shard, --last-failed,
 * a repeated flag) answers undefined: each test then starts when a worker asks for it, so a guess
 * never sends a test's requests to a tenant that Playwright would not have run.
 *
 * Playwright matches a pattern against "<project> <file relative to the config> <title>" (our
 * tests carry no tags), with the flags "gi" unless the pattern is written /like this/flags.
 */
import type { SuiteTest } from '../harness/suite/suiteTest.ts';

const PROJECT = 'contract';
const GREP_FLAGS: Readonly<Record<string, 'grep' | 'grepInvert'>> = { '--grep': 'grep', '-g': 'grep', '--grep-invert': 'grepInvert' };
/** Flags with a value that leave the selection as it is. */
const NEUTRAL_WITH_VALUE = new Set(['--reporter', '--workers', '-j', '--retries', '--timeout', '--project']);
const NEUTRAL = new Set(['--quiet', '-q', '--forbid-only', '--pass-with-no-tests']);

/** Playwright's reading of a --grep value. */
function patternOf(text: string): RegExp {
  const literal = /^\/(.*)\/([gi]*)$/.exec(text);
  return literal ? new RegExp(literal[1] ?? '', literal[2]) : new RegExp(text, 'gi');
}

function matches(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/** The text Playwright's --grep sees for a suite test. */
export function grepTitle(test: Pick<SuiteTest, 'file' | 'title'>): string {
  return `${PROJECT} specs/${test.file}.spec.ts ${test.title}`;
}

/**
 * The tests the run will ask for, or undefined when the arguments leave it open.
 * `args` are the arguments after `playwright test`, `--project=contract` among them.
 */
export function predictedSelection(args: readonly string[], tests: readonly SuiteTest[]): SuiteTest[] | undefined {
  const patterns: Partial<Record<'grep' | 'grepInvert', RegExp>> = {};
  const seen = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = flag === arg ? undefined : arg.slice(eq + 1);
    if (seen.has(flag)) return undefined;
    seen.add(flag);
    const grep = GREP_FLAGS[flag];
    if (grep !== undefined) {
      const value = inline ?? args[++i];
      if (value === undefined || patterns[grep] !== undefined) return undefined;
      try {
        patterns[grep] = patternOf(value);
      } catch {
        return undefined; // Playwright names the broken pattern itself
      }
    } else if (NEUTRAL_WITH_VALUE.has(flag)) {
      if (flag === '--project' && (inline ?? args[i + 1]) !== PROJECT) return undefined;
      if (inline === undefined) i += 1;
    } else if (!NEUTRAL.has(flag) || inline !== undefined) return undefined;
  }
  const { grep, grepInvert } = patterns;
  return tests.filter((t) => {
    const text = grepTitle(t);
    return (grep === undefined || matches(grep, text)) && (grepInvert === undefined || !matches(grepInvert, text));
  });
}
