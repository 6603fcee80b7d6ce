/**
 * Sends one flow step with a fresh one-time code in its body, once the source hands one out; the
 * step's exchange tells the source whether the code was spent.
 */
import type { OperationId } from '../../engine/contract/types.ts';
import type { Exchange } from '../../engine/transport/exchange.ts';
import { flowCase } from './flowCase.ts';
import type { FlowContext } from './flowContext.ts';

export interface FreshOtpStep {
  readonly label: string;
  /** The body for the code. @defaultValue `{ otp }` */
  readonly body?: (otp: string) => Readonly<Record<string, unknown>>;
  readonly expectRejection?: boolean;
}

export function freshOtpStep(ctx: FlowContext, operationId: OperationId, step: FreshOtpStep): Promise<Exchange> {
  const { contract, credentials, recorder } = ctx;
  return ctx.otp.withFreshOtp((otp) =>
    recorder.send(
      flowCase(contract, operationId, credentials, {
        label: step.label,
        body: step.body === undefined ? { otp } : step.body(otp),
        ...(step.expectRejection === undefined ? {} : { expectRejection: step.expectRejection }),
      }),
    ),
  );
}
