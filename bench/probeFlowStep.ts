/** A flow as one step of the bug-finding probe: run as the suite runs it, its failed expectations noted at their send. */
import type { ContractRecord } from '../engine/events/contractRecord.ts';
import type { Harness, LockoutTarget } from '../harness/harness.ts';
import { flowContext } from '../harness/suite/runFlow.ts';
import type { Flow } from '../loginradius/flows/flowContext.ts';
import { createFlowRecorder, type FlowRecorder } from '../loginradius/flows/flowRecorder.ts';

export function probeFlowStep(
  harness: Harness,
  note: (check: string, operationId: string) => void,
): (title: string, f: Flow, target: LockoutTarget) => () => Promise<ContractRecord> {
  const { config } = harness;
  return (title, f, target) => async () => {
    // Flows manage their own codes (harness.sendAsIs, as in specs/): a fresh-OTP send would deadlock the OTP queue.
    const inner = createFlowRecorder({
      title,
      checkContext: harness.checkContext,
      enabledChecks: config.checks,
      seed: config.seed,
      send: harness.sendAsIs,
      renderCurl: harness.curl,
      redact: (t) => harness.redactor.text(t),
      replayCommand: () => 'bench',
    });
    const recorder: FlowRecorder = {
      ...inner,
      expect: (check, ex, holds, t, d) => {
        if (!holds) note(check, ex.case.operationId);
        return inner.expect(check, ex, holds, t, d);
      },
    };
    // As the suite's flows (harness/suite/runFlow.ts): on the mock each moves its own account's clock only.
    await f(flowContext(harness, target, recorder));
    return recorder.record();
  };
}
