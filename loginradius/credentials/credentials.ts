/**
 * What the harness knows about the target tenant and its test account.
 * Against the embedded mock these come from the mock's seed fixture; against staging from `.env`.
 * Every string here is a secret except where noted.
 */
export interface TargetCredentials {
  /** The account's uid, when the harness knows it (the mock's fixture accounts); not a secret. */
  readonly uid?: string;
  /** A valid API key of the tenant. */
  readonly apiKey: string;
  /** A well-formed API key that the target does not authorise (not a secret); optional against staging. */
  readonly unauthorisedApiKey?: string;
  /** A valid access token of the test user. */
  readonly accessToken: string;
  readonly expiredAccessToken?: string;
  readonly revokedAccessToken?: string;
  /** Base32 TOTP secret the target uses to verify the test user's OTP. */
  readonly totpSecret: string;
  /** Question id → correct answer, for the SecurityQuestion lockout. */
  readonly securityAnswers?: Readonly<Record<string, string>>;
  /** Captcha responses that the target accepts (test-mode tokens). */
  readonly captcha?: {
    readonly recaptchaResponse?: string;
    readonly qqTicket?: string;
    readonly qqRandstr?: string;
    readonly hcaptchaResponse?: string;
  };
}
