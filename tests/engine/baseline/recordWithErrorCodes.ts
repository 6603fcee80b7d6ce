/** `recordBaseline` with the LoginRadius error envelope's codes, as the suite records them. */
import { recordBaseline as record } from '../../../engine/baseline/baseline.ts';
import type { Exchange } from '../../../engine/transport/exchange.ts';
import { errorCodeOf } from '../../../loginradius/checks/errorEnvelope.ts';

export const recordBaseline = (exchanges: Iterable<Exchange>) => record(exchanges, { errorCodeOf });
