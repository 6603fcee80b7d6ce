/**
 * Shared test inputs for the generator laws: the real contract and validator, the mock fixture's
 * "suspend" tenant credentials, and a fixed clock so generation is reproducible.
 */
import { loadContract } from '../../engine/contract/loadContract.ts';
import { DEFAULT_CONTRACT_PATH } from '../../loginradius/contract/defaultContractPath.ts';
import { contractValidator } from '../../engine/validation/contractValidator.ts';
import { loadMockCredentials } from '../../loginradius/config/mockCredentials.ts';
import { DEFAULT_FIXTURE_PATH } from '../../mock/fixtures/loadFixture.ts';
import { operationIds } from '../../loginradius/contract/operationIds.ts';
import { loginRadiusGenerationContext, type LoginRadiusGenerationContext } from '../../loginradius/index.ts';

export const contract = loadContract(DEFAULT_CONTRACT_PATH);
export const validator = contractValidator(contract);
/** 2026-11-25T16:00:10Z: a fixed "now" for TOTP codes. */
export const FIXED_NOW = Date.UTC(2026, 10, 25, 16, 0, 10);
const roles = loadMockCredentials(DEFAULT_FIXTURE_PATH, 'Suspend').credentials;
export const credentials = roles.negative;
export const ctx: LoginRadiusGenerationContext = loginRadiusGenerationContext(contract, credentials, () => FIXED_NOW);
export const operations = operationIds().map((id) => contract.operation(id));
/** The operation with the most parameters and a body: the "largest" one. */
export const largestOperation = contract.operation('mfaReAuthenticateByOTP');
