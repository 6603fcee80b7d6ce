/** Positive fuzzing: schema-valid requests must be accepted and conform (harness/suite/positiveTests.ts). */
import { reportOutcome, test, titles } from './fixtures.ts';

for (const title of titles.positive) test(title, reportOutcome(title));
