/**
 * The negative rules whose cases reach the vendor's OTP check with a wrong code, so each one counts
 * as a failed attempt towards the account's brute-force lockout. Against a real tenant they are
 * sent only within the lockout budget.
 */
export const OTP_VALUE_RULES = ['wrong-otp', 'stale-otp', 'oversized-value'] as const;
