/** A check context with the LoginRadius profile and its stateful rejections filled in. */
import { createCheckContext, type CheckContext, type CheckContextInput } from '../../engine/checks/checkContext.ts';
import { loginRadiusProfile } from '../profile.ts';
import { statefulRejections } from './statefulRejections.ts';

export function loginRadiusCheckContext(input: Omit<CheckContextInput, 'profile'>): CheckContext {
  return createCheckContext({
    ...input,
    profile: loginRadiusProfile,
    options: { statefulRejections: statefulRejections(input.contract), ...input.options },
  });
}
