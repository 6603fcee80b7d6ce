/** Every request example of the document, with the target's credentials and a fresh OTP (harness/suite/exampleTests.ts). */
import { reportOutcome, test, titles } from './fixtures.ts';

for (const title of titles.examples) test(title, reportOutcome(title));
