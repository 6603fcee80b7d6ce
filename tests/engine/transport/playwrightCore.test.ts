/**
 * The transport requires playwright-core directly (light to load); it must be the very client
 * @playwright/test runs on, or the runner's instrumentation and the transport would see two
 * Playwrights. package.json pins playwright-core to @playwright/test's version: bump both together.
 */
import { test, expect, request } from '@playwright/test';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

test('playwright-core is the one @playwright/test is built on: same version, same request object', () => {
  const core = require('playwright-core') as { request: unknown };
  expect(require('playwright-core/package.json').version).toBe(require('@playwright/test/package.json').version);
  expect(core.request).toBe(request);
});
