/** Coverage first: every example, every rule once and the flows, before any fuzzing (harness/suite/coverageTest.ts). */
import { reportOutcome, test, titles } from './fixtures.ts';

for (const title of titles.coverage) test(title, reportOutcome(title));
