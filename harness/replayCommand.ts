/** The command that replays one failure: the phase's replay variable and a grep for its test. */
import type { OperationId } from '../engine/contract/types.ts';
import type { Phase } from '../engine/events/contractRecord.ts';

/** `--grep` takes a regular expression over the title path: match this test's title literally, at the end. */
export function grepFor(title: string): string {
  return `${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;
}

export function replayCommand(phase: Phase, operationId: OperationId | undefined, testTitle: string) {
  return (seed: number, path: string | undefined): string =>
    `LR_REPLAY=${phase}:${operationId ?? 'mfaReAuthenticate'}:${seed}:${path ?? ''} npm run contract -- --grep '${grepFor(testTitle)}'`;
}
