/** Negative fuzzing: one named rule broken per case, wrong OTPs only within the lockout budget (harness/suite/negativeTests.ts). */
import { reportOutcome, test, titles } from './fixtures.ts';

for (const title of titles.negative) test(title, reportOutcome(title));
