/** `npm run unlock` restores an account an interrupted run left locked (asserted through the mock's admin state). */
import { test, expect } from '@playwright/test';
import { startMock } from '../../mock/startMock.ts';
import { runTool } from './runTool.ts';

test('a Block-locked account is unlocked; without LR_API_SECRET the tool names it and changes nothing', async () => {
  const mock = await startMock({ port: 0 });
  try {
    const tenant = mock.fixture.tenants.find((t) => t.lockout.type === 'Block')!;
    const user = mock.fixture.users.find((u) => u.tenant === tenant.name && u.role === 'flow')!;
    for (let i = 0; i < tenant.lockout.threshold; i += 1)
      await fetch(`${mock.url}/identity/v2/auth/login/2fa?apikey=${tenant.apiKey}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: user.email, password: 'wrong' }),
      });
    const stateOf = () => mock.state().users.find((u) => u.uid === user.uid)!;
    expect(stateOf().locked).toBe(true);

    const base = { LR_BASE_URL: mock.url, LR_API_KEY: tenant.apiKey, LR_UID: user.uid };
    const missing = await runTool('cli/unlock.ts', base);
    expect(missing.exitCode).toBe(2);
    expect(missing.output).toContain('LR_API_SECRET');
    expect(stateOf().locked).toBe(true);

    const done = await runTool('cli/unlock.ts', { ...base, LR_API_SECRET: tenant.apiSecret });
    expect(done.exitCode, done.output).toBe(0);
    expect(done.output).not.toContain(tenant.apiSecret);
    expect(stateOf()).toMatchObject({ locked: false, failedAttempts: 0 });
  } finally {
    await mock.close();
  }
});
