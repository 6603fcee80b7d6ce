/** What every renderer receives: the result, the names of both sides and the exit threshold. */
import type { FailOn } from '../failsOn.ts';
import type { SpecDiffResult } from '../SpecChange.ts';

export interface RenderInput {
  readonly result: SpecDiffResult;
  readonly oldLabel: string;
  readonly newLabel: string;
  readonly failOn: FailOn;
}
