/** The redactor of a LoginRadius run: the generic secret names plus the pack's (`otp`, captcha, ...). */
import { createRedactor, type Redactor, type RedactorOptions } from '../../engine/redaction/createRedactor.ts';
import { LOGINRADIUS_SECRET_KEYS } from './secretKeys.ts';

export function loginRadiusRedactor(options: Omit<RedactorOptions, 'secretKeys'> = {}): Redactor {
  return createRedactor({ ...options, secretKeys: LOGINRADIUS_SECRET_KEYS });
}
