import { test, expect } from '@playwright/test';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordBaseline } from './recordWithErrorCodes.ts';
import { readBaseline, writeBaseline } from '../../../engine/baseline/baselineFile.ts';
import { aCase, envelopeOf, respond } from '../checks/fixtures.ts';

let dir = '';
test.beforeEach(async () => void (dir = await mkdtemp(join(tmpdir(), 'baseline-'))));
test.afterEach(async () => rm(dir, { recursive: true, force: true }));

test('write then read round-trips, creating folders', async () => {
  const baseline = recordBaseline([respond(aCase(), 200, { A: [1] }), respond(aCase(), 403, envelopeOf(905))]);
  const path = join(dir, 'nested', 'baseline.json');
  await writeBaseline(path, baseline);
  expect(await readBaseline(path)).toEqual(baseline);
  expect(await readFile(path, 'utf8')).toMatch(/^\{\n {2}"operations"/);
});

test('a missing file, corrupt JSON and a wrong structure give clear errors with a fix', async () => {
  await expect(readBaseline(join(dir, 'none.json'))).rejects.toThrow(
    /readBaseline: no baseline at .*none\.json; record a new baseline or fix the path/,
  );
  await writeFile(join(dir, 'bad.json'), '{"version":1,', 'utf8');
  await expect(readBaseline(join(dir, 'bad.json'))).rejects.toThrow(/is not valid JSON .*record a new baseline/);
  await writeFile(join(dir, 'v9.json'), '{"version":9,"operations":{}}', 'utf8');
  await expect(readBaseline(join(dir, 'v9.json'))).rejects.toThrow(/is not a version-3 baseline/);
  await writeFile(join(dir, 'entry.json'), '{"version":3,"operations":{"mfaReAuthenticate":{"200":{"any":{"shape":{}}}}}}', 'utf8');
  await expect(readBaseline(join(dir, 'entry.json'))).rejects.toThrow(/malformed entry at operations\.mfaReAuthenticate\.200\.any/);
});

test("an old-format (version 1) baseline says so and how to fix it, with the caller's command", async () => {
  const v1 = '{"version":1,"operations":{"mfaReAuthenticate":{"200":{"contentTypes":[],"errorCodes":[],"shape":{}}}}}';
  await writeFile(join(dir, 'v1.json'), v1, 'utf8');
  await expect(readBaseline(join(dir, 'v1.json'), { recordHint: 're-record it with "npm run baseline"' })).rejects.toThrow(
    /recorded in an older format \(version 1; this harness reads version 3, shapes per request class\); re-record it with "npm run baseline"\./,
  );
});
