/**
 * The frame of the account tools (`npm run enroll`, `npm run unlock`): the account configuration for
 * the tool's purpose and one vendor call for its work; a configuration error, a vendor refusal or any
 * other failure is one `✗` line and exit code 2.
 */
import { formatConfigError } from '../loginradius/config/configError.ts';
import { loadAccountConfig, type AccountConfig, type LoadAccountConfigOptions } from '../loginradius/config/loadAccountConfig.ts';
import { CredentialError } from '../loginradius/credentials/credentialError.ts';
import { vendorCall, type VendorCall } from '../loginradius/credentials/vendorCall.ts';

export interface AccountTool {
  readonly env: LoadAccountConfigOptions['env'];
  readonly purpose: LoadAccountConfigOptions['purpose'];
  /** Names the work in the message of an unexpected failure: `✗ <failure> failed: …`. */
  readonly failure: string;
  readonly work: (config: AccountConfig, call: VendorCall) => Promise<number>;
}

export async function runAccountTool(tool: AccountTool): Promise<number> {
  let config: AccountConfig;
  try {
    config = loadAccountConfig({ env: tool.env, purpose: tool.purpose });
  } catch (error) {
    console.error(formatConfigError(error));
    return 2;
  }
  try {
    return await tool.work(config, vendorCall(config.baseUrl, config.timeoutMs));
  } catch (error) {
    console.error(error instanceof CredentialError ? `✗ ${error.message}` : `✗ ${tool.failure} failed: ${(error as Error).message}`);
    return 2;
  }
}
