/**
 * Vendor drift: a fixed-seed sample's response shapes against the committed baseline
 * (harness/suite/driftTest.ts). Breaking changes fail; additive ones are warnings.
 */
import { reportOutcome, test, titles } from './fixtures.ts';

for (const title of titles.drift) test(title, reportOutcome(title));
