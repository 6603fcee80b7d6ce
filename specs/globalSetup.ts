/**
 * Before the contract suite: when the target is the embedded mock, put it back to its fixture state
 * (a mock left running by `npm run mock` keeps locks and used OTPs from earlier runs).
 * Against a real tenant nothing is sent here.
 */
import { loadConfig } from '../loginradius/config/loadConfig.ts';
import { createMockControl } from '../loginradius/target/mockControl.ts';

export default async function globalSetup(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch {
    return; // the specs report the configuration error with its fix
  }
  if (config.target.kind === 'mock') await createMockControl(config.target.baseUrl).reset();
}
