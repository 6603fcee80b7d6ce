/**
 * Per-user TOTP verification with the brief's rules: RFC 6238 (SHA1, 6 digits, 30 s), current step ±1
 * accepted once; a code already accepted → 1068; a code of an older step still inside the 300 s OTP
 * validity → 1069; anything else → 1067. Codes per step are cached (HMAC is the only real cost).
 */
import { HOTP, Secret } from 'otpauth';

export type OtpVerdict = 'ok' | 'used' | 'expired' | 'invalid';

const PERIOD_MS = 30_000;
/** 300 s validity = 10 steps back. */
const VALIDITY_STEPS = 10;
const SIX_DIGITS = /^\d{6}$/;

export class OtpVerifier {
  private readonly secret: Secret;
  private readonly codes = new Map<number, string>();
  private readonly used = new Set<number>();

  constructor(base32Secret: string) {
    this.secret = Secret.fromBase32(base32Secret);
  }

  /** How many accepted codes are remembered (for /__mock/state). */
  get usedCount(): number {
    return this.used.size;
  }

  private codeAt(step: number): string {
    let code = this.codes.get(step);
    if (code === undefined) {
      code = HOTP.generate({ secret: this.secret, counter: step, digits: 6, algorithm: 'SHA1' });
      this.codes.set(step, code);
    }
    return code;
  }

  verify(otp: string, nowMs: number): OtpVerdict {
    const step = Math.floor(nowMs / PERIOD_MS);
    this.prune(step);
    if (!SIX_DIGITS.test(otp)) return 'invalid';
    for (let s = step + 1; s >= step - VALIDITY_STEPS; s -= 1) {
      if (this.codeAt(s) !== otp) continue;
      if (this.used.has(s)) return 'used';
      if (s >= step - 1) {
        this.used.add(s);
        return 'ok';
      }
      return 'expired';
    }
    return 'invalid';
  }

  private prune(step: number): void {
    const oldest = step - VALIDITY_STEPS - 1;
    for (const s of this.used) if (s < oldest || s > step + 2) this.used.delete(s);
    if (this.codes.size > 64) for (const s of this.codes.keys()) if (s < oldest || s > step + 2) this.codes.delete(s);
  }
}
