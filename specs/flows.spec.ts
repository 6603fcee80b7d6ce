/** The stateful flows: step-up, OTP single use and expiry, the lockout cycles (harness/suite/flowTests.ts). */
import { reportOutcome, test, titles } from './fixtures.ts';

for (const title of titles.flows) test(title, reportOutcome(title));
